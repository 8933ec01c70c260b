"""The queue's per-status counts under an outlet filter without a join per claim: the
outlet's article ids in order from (outlet, id), merged with one status's claims in article
order from (status, article). (outlet, id) replaces the index on outlet alone, which the
outlet list of the filter sidebar still skips through by its first column. The score index
gains the article id as a last key column (after the unique id: same order), so a page
filtered by outlet walks it without reading a claim row per entry."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("verify", "0009_claim_export_idx"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="article", name="article_outlet_idx"),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["outlet", "id"], name="article_outlet_id_idx"),
        ),
        migrations.RemoveIndex(model_name="claim", name="claim_score_idx"),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["-checkworthiness", "id", "article"], name="claim_score_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["status", "article"], name="claim_status_article_idx"),
        ),
    ]

"""Chinese names written family name first ("Xi Jinping", "Lou Jiwei"): a
common family name before a given name of one or two Pinyin syllables, so
that "Mr. Lou" and "Xi" alone are the person named in full."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set

# common Chinese family names in Pinyin; not "He" (a sentence's first word) nor
# ones that are also English first names or words often capitalised
CHINESE_FAMILY_NAMES = word_set(
    """wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo
    liang song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng
    peng lu su lou jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan
    fang shi yao tan liao zou xiong jin qin qiu hou meng xi bai kong mao wen qian"""
)
# one Pinyin syllable: an initial (or none) and a final
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un"
    r"|ia|ie|iu|ua|uo|ue|ui|a|e|i|o|u)"
)
_GIVEN_NAME = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")


def chinese_family_first(tokens: tuple[str, ...]) -> bool:
    """Whether a name of two words is Chinese, family name first."""
    family, given = tokens
    return (
        family.lower() in CHINESE_FAMILY_NAMES
        and given[:1].isupper()
        and given[1:].islower()
        and _GIVEN_NAME.fullmatch(given.lower()) is not None
    )

from django.urls import path

from accounts import manage_views, views

app_name = "accounts"
urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("password/", views.password_change, name="password-change"),
    path("password/reset/", views.password_reset, name="password-reset"),
    path("password/reset/sent/", views.password_reset_sent, name="password-reset-sent"),
    path(
        "password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirm.as_view(),
        name="password-reset-confirm",
    ),
    path("invitation/<str:key>/", views.invitation_accept_view, name="invitation-accept"),
    path("tokens/", views.token_list, name="token-list"),
    path("tokens/<int:pk>/revoke/", views.token_revoke, name="token-revoke"),
    # Admins only.
    path("users/", manage_views.user_list, name="user-list"),
    path("users/invite/", manage_views.user_invite_view, name="user-invite"),
    path("users/<int:pk>/", manage_views.user_detail, name="user-detail"),
    path("users/<int:pk>/edit/", manage_views.user_edit, name="user-edit"),
    path("users/<int:pk>/role/", manage_views.user_role, name="user-role"),
    path("users/<int:pk>/deactivate/", manage_views.user_deactivate_view, name="user-deactivate"),
    path("users/<int:pk>/reactivate/", manage_views.user_reactivate_view, name="user-reactivate"),
    path("users/<int:pk>/password-reset/", manage_views.user_force_reset, name="user-force-reset"),
    path("tokens/all/", manage_views.token_admin_list, name="token-admin-list"),
    path("locks/", manage_views.lock_list, name="lock-list"),
    path("locks/<int:pk>/lift/", manage_views.lock_lift, name="lock-lift"),
    path("events/", manage_views.event_list, name="event-list"),
]

using Microsoft.AspNetCore.Http.HttpResults;

namespace ImeiPortal.Features.Notifications;

public static class NotificationsApi
{
    public static void MapPortalNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("/", static ([AsParameters] NotificationQuery query, NotificationHistoryService notifications, CancellationToken ct) => notifications.ListAsync(query, ct));
        group.MapGet("/unread-count", static (NotificationHistoryService notifications, CancellationToken ct) => notifications.UnreadCountAsync(ct));
        group.MapGet("/{id:long}", static (long id, NotificationHistoryService notifications, CancellationToken ct) => notifications.GetAsync(id, ct));
        group.MapPost("/{id:long}/read", MarkReadAsync);
    }

    private static async Task<NoContent> MarkReadAsync(long id, NotificationHistoryService notifications, CancellationToken ct)
    {
        await notifications.MarkReadAsync(id, ct);
        return TypedResults.NoContent();
    }
}

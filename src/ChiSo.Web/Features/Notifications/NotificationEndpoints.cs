using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.Notifications;

public static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        // Form posts from the notifications page: the antiforgery middleware checks their token.
        app.MapPost("/notifications/read", MarkRead).RequireAuthorization();
    }

    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddScoped<MailSender>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<Reminders>();
        services.AddScoped<NotificationInbox>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }

    private static async Task<IResult> MarkRead([FromForm] long? id, ClaimsPrincipal user, NotificationInbox inbox, CancellationToken ct)
    {
        await inbox.MarkReadAsync(user, id, ct);
        return TypedResults.LocalRedirect("/notifications");
    }
}

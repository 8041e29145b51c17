using System.Threading.RateLimiting;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.People;

/// <summary>The People feature: its services, its API, and the public "get a new link" form.</summary>
public static class PeopleEndpoints
{
    public static IServiceCollection AddPeople(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddScoped<PeopleScopes>().AddScoped<PeopleDirectory>().AddScoped<PeopleChanges>().AddScoped<Invitations>()
            .AddScoped<PeopleImport>().AddScoped<PeopleTemplate>().AddScoped<NewLinks>();
        var permits = configuration.GetValue("People:NewLinkPermitsPerMinute", 5);
        services.AddRateLimiter(limiter => limiter.AddPolicy(NewLinks.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    public static void MapPeople(this IEndpointRouteBuilder app)
    {
        app.MapPeopleApi();
        app.MapPost(Invitations.NewLinkPath, RequestNewLink).AllowAnonymous().RequireRateLimiting(NewLinks.RateLimitPolicy)
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<FormAntiforgery>().ExcludeFromDescription();
    }

    /// <summary>The same answer, after the same time, for every address.</summary>
    private static async Task<IResult> RequestNewLink([FromForm] string? email, NewLinks links, CancellationToken ct)
    {
        await links.RequestAsync(email, ct);
        return TypedResults.LocalRedirect(Invitations.NewLinkPath + "?sent=true");
    }
}

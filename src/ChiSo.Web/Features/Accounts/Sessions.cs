using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Accounts;

/// <summary>
/// A normal sign-out ends the session on the server too (issue 10 §3): every sign-in cookie carries a session id, and
/// signing out records it as ended, so that a copy of the cookie is refused at once — not only after the next
/// security-stamp check, and not at all for other devices of the same person, who stay signed in. Ended ids live in
/// memory for the request path and in the database for restarts.
/// </summary>
public sealed class Sessions(TimeProvider clock)
{
    public const string ClaimType = "chiso:sid";

    private readonly ConcurrentDictionary<string, DateTime> _ended = new(StringComparer.Ordinal);

    private Task? _loaded;

    /// <summary>Gives a new sign-in its session id.</summary>
    public static void Stamp(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimType))
        {
            identity.AddClaim(new Claim(ClaimType, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))));
        }
    }

    /// <summary>Keeps the session id when Identity rebuilds the principal at a security-stamp check.</summary>
    public static Task KeepId(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(ClaimType) is { } id && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(c => c.Type == ClaimType))
        {
            identity.AddClaim(new Claim(ClaimType, id.Value));
        }

        return Task.CompletedTask;
    }

    /// <summary>Refuses a cookie whose session was ended, then lets Identity's own check run.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> next)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<Sessions>();
        if (context.Principal?.FindFirst(ClaimType)?.Value is { } id
            && await sessions.IsEndedAsync(id, context.HttpContext.RequestServices.GetRequiredService<ChiSoDbContext>()))
        {
            context.RejectPrincipal();
            await Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions.SignOutAsync(context.HttpContext, IdentityConstants.ApplicationScheme);
            return;
        }

        await next(context);
    }

    /// <summary>Ends the session of <paramref name="principal"/> until its cookie would have expired anyway.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, TimeSpan cookieLifetime, ChiSoDbContext db, CancellationToken cancellationToken = default)
    {
        if (principal.FindFirst(ClaimType)?.Value is not { Length: 32 } id)
        {
            return;
        }

        var expires = clock.GetUtcNow().UtcDateTime + cookieLifetime;
        _ended[id] = expires;
        if (!await db.EndedSessions.AnyAsync(s => s.Id == id, cancellationToken))
        {
            db.EndedSessions.Add(new EndedSession { Id = id, Expires = expires });
            var now = clock.GetUtcNow().UtcDateTime;
            await db.EndedSessions.Where(s => s.Expires < now).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task LoadAsync(ChiSoDbContext db)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var ended in await db.EndedSessions.AsNoTracking().Where(s => s.Expires >= now).ToListAsync())
        {
            _ended.TryAdd(ended.Id, ended.Expires);
        }
    }

    private async Task<bool> IsEndedAsync(string id, ChiSoDbContext db)
    {
        // The ids ended before a restart, read once by whichever request comes first.
        var load = _loaded ?? Interlocked.CompareExchange(ref _loaded, LoadAsync(db), null) ?? _loaded;
        await load;

        if (!_ended.TryGetValue(id, out var expires))
        {
            return false;
        }

        if (expires < clock.GetUtcNow().UtcDateTime)
        {
            _ended.TryRemove(id, out _);
            return false;
        }

        return true;
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Accounts;

/// <summary>A token as its owner sees it in lists; never the token text.</summary>
public sealed record ApiTokenRow(int Id, string Name, DateTime Created, DateTime Expires, DateTime? LastUsed, DateTime? Revoked)
{
    public bool IsActive(DateTime now) => Revoked is null && Expires > now;
}

/// <summary>The token text, shown once, and the stored row.</summary>
public sealed record NewApiToken(string Text, ApiTokenRow Row);

/// <summary>
/// Makes, lists, revokes and checks personal access tokens; the database holds only their hashes. Making and revoking
/// are recorded in the audit log with who did it (the token's text never).
/// </summary>
public sealed class ApiTokens(ChiSoDbContext db, TimeProvider clock, Data.Audit.AuditLog audit)
{
    public const string Prefix = "chiso_";

    public const int DefaultDays = 90;

    public const int MaxNameLength = 100;

    // Writing "last used" on every call would turn each read into a write; once a minute tells the owner enough.
    private static readonly TimeSpan LastUsedStep = TimeSpan.FromMinutes(1);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public DateOnly DefaultExpiry => Today.AddDays(DefaultDays);

    public DateOnly LatestExpiry => Today.AddYears(1);

    public static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Makes a token valid until the start of <paramref name="expires"/> (UTC); null and the problem when the form is wrong.</summary>
    public async Task<(NewApiToken? Token, string? Problem)> CreateAsync(string userId, string actor, string? name, DateOnly? expires, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim() ?? "";
        var day = expires ?? DefaultExpiry;
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            return (null, L.T("Hãy đặt tên cho mã truy cập (tối đa 100 ký tự), ví dụ tên hệ thống sẽ dùng nó.", "Give the token a name (at most 100 characters), e.g. the system that will use it."));
        }

        if (day <= Today || day > LatestExpiry)
        {
            return (null, L.T(
                $"Ngày hết hạn phải sau hôm nay và không quá một năm (chậm nhất {L.Date(LatestExpiry)}).",
                $"The expiry date must be after today and within one year (at the latest {L.Date(LatestExpiry)})."));
        }

        var text = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = userId, Name = trimmed, Hash = HashOf(text), Created = Now,
            Expires = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(actor, token, "create", cancellationToken);
        return (new NewApiToken(text, Row(token)), null);
    }

    public Task<List<ApiTokenRow>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Created).ThenByDescending(t => t.Id)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Created, t.Expires, t.LastUsed, t.Revoked)).ToListAsync(cancellationToken);

    /// <summary>Revokes the user's own token; false when the user has no token with that id.</summary>
    public async Task<bool> RevokeAsync(string userId, string actor, int id, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return false;
        }

        if (token.Revoked is null)
        {
            token.Revoked = Now;
            await db.SaveChangesAsync(cancellationToken);
            await RecordAsync(actor, token, "revoke", cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// Revokes every token of the user still in force: signing out everywhere and a password reset by the
    /// administrator end the user's integrations too, since a stolen token would otherwise outlive them. The count.
    /// </summary>
    public async Task<int> RevokeAllAsync(string userId, string actor, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var ids = await db.ApiTokens.Where(t => t.UserId == userId && t.Revoked == null && t.Expires > now).Select(t => t.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        await db.ApiTokens.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Revoked, now), cancellationToken);
        await audit.AppendAsync(new Data.Audit.AuditEntry(actor, "User", userId, "revoke-api-tokens", null, JsonSerializer.Serialize(new { TokenIds = ids })), cancellationToken);
        return ids.Count;
    }

    private Task<Data.Audit.AuditEvent> RecordAsync(string actor, ApiToken token, string action, CancellationToken cancellationToken) =>
        audit.AppendAsync(new Data.Audit.AuditEntry(
            actor, nameof(ApiToken), token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), action, null,
            JsonSerializer.Serialize(new { token.UserId, token.Name, token.Expires, token.Revoked })), cancellationToken);

    /// <summary>The stored token of this text when it is neither revoked nor expired, and notes its use.</summary>
    public async Task<ApiToken?> FindActiveAsync(string text, CancellationToken cancellationToken = default)
    {
        var hash = HashOf(text);
        var now = Now;
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (token is null || token.Revoked is not null || token.Expires <= now)
        {
            return null;
        }

        if (token.LastUsed is null || now - token.LastUsed.Value >= LastUsedStep)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsed, now), cancellationToken);
        }

        return token;
    }


    private static ApiTokenRow Row(ApiToken t) => new(t.Id, t.Name, t.Created, t.Expires, t.LastUsed, t.Revoked);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Audit;

/// <summary>One audit event as people read it: what was done in words, about what, before → after in plain text.</summary>
public sealed record AuditRow(
    long Id, DateTime At, string Actor, string Action, Bilingual What, Bilingual About, string EntityType, string EntityId,
    string? Before, string? After, string? Reason);

/// <summary>
/// Turns stored events into <see cref="AuditRow"/>s: the action's words (<see cref="AuditWords"/>), the thing it is
/// about named (a submission by its unit and campaign, an account by its e-mail…, looked up for the whole page at
/// once), and the before/after JSON flattened to "field: value" text, cut at a bound.
/// </summary>
public sealed class AuditRows(ChiSoDbContext db)
{
    public const int MaxShown = 400;

    public async Task<IReadOnlyList<AuditRow>> ReadAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var names = await NamesAsync(events, cancellationToken);
        return [.. events.Select(e => new AuditRow(
            e.Id, e.At, e.Actor, e.Action, AuditWords.Describe(e.Action, e.EntityType),
            About(e, names), e.EntityType, e.EntityId, Readable(e.Before), Readable(e.After), e.Reason))];
    }

    private static Bilingual About(AuditEvent e, Dictionary<(string, string), string> names)
    {
        var thing = AuditWords.Entity(e.EntityType);
        var name = names.GetValueOrDefault((e.EntityType, e.EntityId)) ?? e.EntityId;
        return new Bilingual($"{thing.Vi} {name}", $"{thing.En} {name}");
    }

    /// <summary>Names for the ids of a page: submissions and their rows by unit and campaign, accounts by e-mail, campaigns by name.</summary>
    private async Task<Dictionary<(string, string), string>> NamesAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        static List<int> Ids(IEnumerable<AuditEvent> events, string type) =>
            [.. events.Where(e => e.EntityType == type).Select(e => int.TryParse(e.EntityId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).Where(id => id > 0).Distinct()];

        var names = new Dictionary<(string, string), string>();
        string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

        var submissionIds = Ids(events, "Submission");
        var evidenceIds = Ids(events, "Evidence");
        var evidence = await db.Evidence.AsNoTracking().Where(x => evidenceIds.Contains(x.Id)).Select(x => new { x.Id, x.SubmissionId, x.CriterionCode }).ToListAsync(cancellationToken);
        submissionIds.AddRange(evidence.Select(x => x.SubmissionId));
        var submissions = await db.Submissions.AsNoTracking().Where(s => submissionIds.Contains(s.Id))
            .Select(s => new { s.Id, Unit = db.Units.Where(u => u.Id == s.UnitId).Select(u => u.Name).FirstOrDefault(), Campaign = db.Campaigns.Where(c => c.Id == s.CampaignId).Select(c => c.Name).FirstOrDefault() })
            .ToDictionaryAsync(s => s.Id, s => $"{s.Unit} · {s.Campaign}", cancellationToken);
        foreach (var (id, name) in submissions)
        {
            names[("Submission", Key(id))] = name;
        }

        foreach (var x in evidence)
        {
            names[("Evidence", Key(x.Id))] = $"{x.CriterionCode} · {submissions.GetValueOrDefault(x.SubmissionId)}";
        }

        var campaignIds = Ids(events, "Campaign");
        foreach (var c in await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
        {
            names[("Campaign", Key(c.Id))] = c.Name;
        }

        var userIds = events.Where(e => e.EntityType == "User").Select(e => e.EntityId).Distinct().ToList();
        foreach (var u in await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken))
        {
            names[("User", u.Id)] = u.Email ?? u.Id;
        }

        var extensionUnits = events.Where(e => e.EntityType == "DeadlineExtension").Select(e => (e.EntityId, Unit: UnitOfExtension(e.EntityId))).Where(x => x.Unit > 0).ToList();
        var unitIds = extensionUnits.Select(x => x.Unit).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        foreach (var (entityId, unit) in extensionUnits)
        {
            names[("DeadlineExtension", entityId)] = units.GetValueOrDefault(unit) ?? entityId;
        }

        return names;
    }

    private static int UnitOfExtension(string entityId) =>
        entityId.Split('/') is [_, var unit] && int.TryParse(unit, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;

    /// <summary>
    /// JSON as "field: value; field: value" (nested objects and lists in brackets), anything else as it is; at most
    /// <see cref="MaxShown"/> characters, so a long draft or a big import does not flood the list.
    /// </summary>
    public static string? Readable(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

        string text;
        try
        {
            using var json = JsonDocument.Parse(stored, new JsonDocumentOptions { MaxDepth = 32 });
            var written = new StringBuilder();
            Write(json.RootElement, written, top: true);
            text = written.ToString();
        }
        catch (JsonException)
        {
            text = stored;
        }

        return text.Length > MaxShown ? text[..MaxShown] + "…" : text;
    }

    private static void Write(JsonElement element, StringBuilder text, bool top = false)
    {
        if (text.Length > MaxShown)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append(top ? "" : "{ ");
                var first = true;
                foreach (var field in element.EnumerateObject())
                {
                    text.Append(first ? "" : "; ").Append(field.Name).Append(": ");
                    Write(field.Value, text);
                    first = false;
                }

                text.Append(top ? "" : " }");
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    text.Append(index++ == 0 ? "" : ", ");
                    Write(item, text);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                text.Append(element.GetString());
                break;
            case JsonValueKind.Null:
                text.Append('—');
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }
}

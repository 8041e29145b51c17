using System.Globalization;
using System.Text.Json;
using ChiSo.Data.Results;

namespace ChiSo.Data.Audit;

/// <summary>
/// How a stored <see cref="ResultSnapshot"/> is recorded in the audit chain, and how <see cref="AuditCheck"/> reads that
/// record back: action <c>snapshot.created</c>, entity <c>ResultSnapshot</c> / the snapshot's id, and an
/// <see cref="AuditEvent.After"/> JSON naming its <c>payloadHash</c>. An event of another entity type may name the
/// snapshot with a <c>snapshotId</c> field instead. Field names are read whatever their case.
/// </summary>
public static class SnapshotAudit
{
    public const string Action = "snapshot.created";

    public const string EntityType = nameof(ResultSnapshot);

    /// <summary>The event for a snapshot already saved (its id is known): append it in the snapshot's transaction.</summary>
    public static AuditEntry Created(ResultSnapshot snapshot, string actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new AuditEntry(actor, EntityType, snapshot.Id.ToString(CultureInfo.InvariantCulture), Action, null,
            JsonSerializer.Serialize(new
            {
                snapshotId = snapshot.Id, campaignId = snapshot.CampaignId, round = snapshot.Round, published = snapshot.Published,
                payloadHash = snapshot.PayloadHash, inputsHash = snapshot.InputsHash, frameworkHash = snapshot.FrameworkHash,
                engineVersion = snapshot.EngineVersion, auditHead = snapshot.AuditHead, supersedesId = snapshot.SupersedesId,
            }),
            reason);
    }

    /// <summary>The snapshot id and payload hash a <c>snapshot.created</c> event records; nulls for what it does not say.</summary>
    public static (int? SnapshotId, string? PayloadHash) Read(AuditEvent audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        int? id = audit.EntityType == EntityType && int.TryParse(audit.EntityId, NumberStyles.None, CultureInfo.InvariantCulture, out var own) ? own : null;
        string? hash = null;
        if (audit.After is null)
        {
            return (id, hash);
        }

        try
        {
            using var json = JsonDocument.Parse(audit.After, new JsonDocumentOptions { MaxDepth = 16 });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (id, hash);
            }

            foreach (var field in json.RootElement.EnumerateObject())
            {
                if (string.Equals(field.Name, "payloadHash", StringComparison.OrdinalIgnoreCase))
                {
                    hash = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : field.Value.GetRawText();
                }
                else if (id is null && string.Equals(field.Name, "snapshotId", StringComparison.OrdinalIgnoreCase)
                    && field.Value.ValueKind == JsonValueKind.Number && field.Value.TryGetInt32(out var named))
                {
                    id = named;
                }
            }
        }
        catch (JsonException)
        {
            // An After that is not JSON names nothing; the chain's own hash already says whether it was altered.
        }

        return (id, hash);
    }
}

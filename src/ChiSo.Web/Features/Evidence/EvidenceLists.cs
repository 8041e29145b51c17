using ChiSo.Data;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Evidence;

/// <summary>
/// A submission's evidence read once per request and handed out per criterion, so a page of 100 cards makes one query.
/// The read itself is shared: the cards initialise one after another without waiting for each other's reads, and a
/// second query started on the request's DbContext while the first is running fails on PostgreSQL.
/// </summary>
public sealed class EvidenceLists(ChiSoDbContext db)
{
    private readonly Dictionary<int, Task<ILookup<string, EvidenceView>>> _bySubmission = [];

    public async Task<IReadOnlyList<EvidenceView>> ForAsync(int submissionId, string criterion, CancellationToken cancellationToken = default)
    {
        if (!_bySubmission.TryGetValue(submissionId, out var reading))
        {
            reading = ReadAsync(submissionId, cancellationToken);
            _bySubmission[submissionId] = reading;
        }

        return [.. (await reading)[criterion]];
    }

    private async Task<ILookup<string, EvidenceView>> ReadAsync(int submissionId, CancellationToken cancellationToken)
    {
        var rows = await db.Evidence.AsNoTracking().Where(e => e.SubmissionId == submissionId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return rows.Select(EvidenceView.Of).ToLookup(e => e.Criterion, StringComparer.Ordinal);
    }
}

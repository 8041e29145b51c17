using ChiSo.Data;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Evidence;

/// <summary>A submission's evidence read once per request and handed out per criterion, so a page of 100 cards makes one query.</summary>
public sealed class EvidenceLists(ChiSoDbContext db)
{
    private readonly Dictionary<int, ILookup<string, EvidenceView>> _bySubmission = [];

    public async Task<IReadOnlyList<EvidenceView>> ForAsync(int submissionId, string criterion, CancellationToken cancellationToken = default)
    {
        if (!_bySubmission.TryGetValue(submissionId, out var lookup))
        {
            var rows = await db.Evidence.AsNoTracking().Where(e => e.SubmissionId == submissionId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
            lookup = rows.Select(EvidenceView.Of).ToLookup(e => e.Criterion, StringComparer.Ordinal);
            _bySubmission[submissionId] = lookup;
        }

        return [.. lookup[criterion]];
    }
}

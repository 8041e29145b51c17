using System.Security.Claims;
using ChiSo.Web.Features.Shared;
using ChiSo.Web.Features.Submitting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Collection;

/// <summary>
/// The one rule for changing a unit's answers — a value, evidence, an Excel upload: the submission exists (else 404),
/// the user is the unit's reporter or head and it is still a draft of an open campaign (else 403), and the unit's
/// self-assessment window, extension included, has not closed (else 403 with the deadline).
/// </summary>
public sealed class ChangeCheck(EntryForms forms, UnitAccess access, SubmissionWindow window)
{
    /// <summary>The submission (without its values: <see cref="EntryForms.WithValuesAsync"/> adds them) when the user may change it now.</summary>
    public async Task<(EntryHead? Entry, ProblemHttpResult? Refused)> ForChangeAsync(int submissionId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var entry = await forms.HeadAsync(submissionId, cancellationToken);
        if (entry is null)
        {
            return (null, Problems.NotFound());
        }

        var refused = await RefusalAsync(entry, user, cancellationToken);
        return refused is null ? (entry, null) : (null, refused);
    }

    /// <summary>Why <paramref name="user"/> may not change the loaded <paramref name="entry"/> now, or null when they may.</summary>
    public async Task<ProblemHttpResult?> RefusalAsync(EntryHead entry, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!entry.Editable || !await access.CanEnterAsync(user, entry.Submission.UnitId, cancellationToken))
        {
            return Problems.Forbidden();
        }

        return await window.RefusalAsync(entry.Submission, cancellationToken) is { } closed ? SubmissionWindow.Refused(closed) : null;
    }

    /// <summary>The same rule for pages, which address a submission by campaign and unit.</summary>
    public async Task<Entry?> EditableAsync(int campaignId, int unitId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await forms.SubmissionIdAsync(campaignId, unitId, cancellationToken) is { } id
            && (await ForChangeAsync(id, user, cancellationToken)).Entry is { } head
            ? await forms.WithValuesAsync(head, cancellationToken)
            : null;
}

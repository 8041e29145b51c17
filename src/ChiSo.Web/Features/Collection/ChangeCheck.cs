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

    /// <summary>
    /// The one reason the form is read-only for <paramref name="user"/>, in the order the rule above checks them; null
    /// when they may change it. Pages show this sentence rather than a list of every reason there could be.
    /// </summary>
    public async Task<Engine.Bilingual?> ReadOnlyReasonAsync(EntryHead entry, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!await access.CanEnterAsync(user, entry.Submission.UnitId, cancellationToken))
        {
            return new("Chỉ để xem: bạn không phải cán bộ báo cáo hay thủ trưởng của đơn vị này.", "Read only: you are not this unit's reporter or head.");
        }

        if (entry.CampaignStatus != Data.Campaigns.CampaignStatus.Open)
        {
            return entry.CampaignStatus == Data.Campaigns.CampaignStatus.Draft
                ? new("Chỉ để xem: kỳ đánh giá chưa mở nhập liệu.", "Read only: the campaign is not collecting data yet.")
                : new("Chỉ để xem: kỳ đánh giá đã kết thúc giai đoạn nhập liệu.", "Read only: the campaign has finished collecting data.");
        }

        if (entry.Submission.Status != Data.Submissions.SubmissionStatus.Draft)
        {
            return new("Chỉ để xem: hồ sơ đã được ký nộp.", "Read only: the submission has been signed off and sent.");
        }

        return await window.RefusalAsync(entry.Submission, cancellationToken);
    }

    /// <summary>The same rule for pages, which address a submission by campaign and unit.</summary>
    public async Task<Entry?> EditableAsync(int campaignId, int unitId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await forms.SubmissionIdAsync(campaignId, unitId, cancellationToken) is { } id
            && (await ForChangeAsync(id, user, cancellationToken)).Entry is { } head
            ? await forms.WithValuesAsync(head, cancellationToken)
            : null;
}

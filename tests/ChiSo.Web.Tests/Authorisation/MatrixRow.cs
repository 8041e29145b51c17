namespace ChiSo.Web.Tests.Authorisation;

/// <summary>The ids an endpoint row is filled with: the demo department campaign, the caller's unit and another one.</summary>
public sealed record MatrixIds(int CampaignId, int OwnUnitId, int OtherUnitId, int OwnSubmissionId, int OtherSubmissionId, int OwnEvidenceId, int OtherEvidenceId)
{
    /// <summary>Workbook preview tokens of the callers who may upload one (a preview is its uploader's alone).</summary>
    public IReadOnlyDictionary<Principal, string> Previews { get; init; } = new Dictionary<Principal, string>();

    /// <summary>A personal access token of the reporter (only its owner may revoke it).</summary>
    public int ReporterTokenId { get; init; }

    /// <summary>A published framework edition (the demo department framework), and its id as path text.</summary>
    public int EditionId { get; init; }

    /// <summary>An account without roles that the administrator rows act on.</summary>
    public string SpareUserId { get; init; } = "";

    /// <summary>A draft framework edition the editor rows open and edit.</summary>
    public int DraftEditionId { get; init; }

    /// <summary>A comparison group made for the matrix, so that renaming it changes nothing the demo uses.</summary>
    public int GroupId { get; init; }

    /// <summary>The demo campaign whose result is published (the DTI 2023): the public portal's rows read it.</summary>
    public int PublishedCampaignId { get; init; }
}

/// <summary>How a request is sent: a page GET, a form post with the token field, or a JSON/API call with the token header.</summary>
public enum Send
{
    Get,
    Form,
    Json,
    Multipart,
    Delete,
    Put,
}

/// <summary>
/// One endpoint and the expected verdict for each principal, written as seven letters in the order of
/// <see cref="Principal"/> (anonymous, administrator, organiser, reviewer, leader, reporter, head):
/// A = allowed, R = refused, S = sent to sign in.
/// </summary>
public sealed record MatrixRow(string Name, Send Send, Func<MatrixIds, string> Path, string Expected, Func<MatrixIds, object>? Body = null)
{
    /// <summary>The row uses up its evidence (a removal): each request gets new evidence rows to act on.</summary>
    public bool Fresh { get; init; }

    public Verdict ExpectedFor(Principal principal) => Expected.Replace(" ", "", StringComparison.Ordinal)[(int)principal] switch
    {
        'A' => Verdict.Allowed,
        'R' => Verdict.Refused,
        'S' => Verdict.SignIn,
        var c => throw new InvalidOperationException($"Unknown verdict letter {c} in row {Name}."),
    };
}

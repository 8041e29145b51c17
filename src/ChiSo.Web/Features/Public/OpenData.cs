using ChiSo.Data.Results;

namespace ChiSo.Web.Features.Public;

/// <summary>The licence of the open data: named in every answer (field <c>licence</c>, header <c>Link: rel="license"</c>) and on the pages.</summary>
public sealed record OpenLicence(string Name, string Url, string Attribution)
{
    public static OpenLicence Current { get; } = new(
        "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
        "Ghi nguồn: kết quả công bố trên ChiSo, kỳ đánh giá và bộ chỉ số như nêu trong dữ liệu. Attribution: results published on ChiSo; campaign and framework as named in the data.");
}

/// <summary>The stable addresses of a published campaign, relative to the site.</summary>
public sealed record OpenLinks(string RankingJson, string RankingCsv, string Page, string Methodology)
{
    public static OpenLinks For(int campaignId) => new(
        $"/open/v1/campaigns/{campaignId}/ranking.json", $"/open/v1/campaigns/{campaignId}/ranking.csv",
        $"/public/campaigns/{campaignId}", $"/public/campaigns/{campaignId}/methodology");
}

/// <summary>
/// A published campaign: its id, the framework's id and edition, year, title, unit level (province, commune…), when
/// its latest result was published (UTC), that result's snapshot, whether it is demo data, and its addresses.
/// </summary>
public sealed record OpenCampaign(
    int Id, string FrameworkId, int Edition, int Year, string Title, string? TitleEn, string? Level, DateTime PublishedAt, int SnapshotId,
    bool Demo, OpenLinks Links)
{
    public static OpenCampaign Of(PublishedCampaign c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.FrameworkId, c.Edition, c.Year, c.Title, c.TitleEn, c.UnitLevel, Utc(c.PublishedAt), c.SnapshotId, c.IsDemo, OpenLinks.For(c.Id));
    }

    public static OpenCampaign Of(CampaignResults r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var c = r.Campaign;
        return new(c.Id, c.FrameworkId, c.Edition, c.Year, c.Title, c.TitleEn, r.Definition.UnitLevel, Utc(r.CreatedAt), r.SnapshotId, c.IsDemo, OpenLinks.For(c.Id));
    }

    // SQLite gives the stored UTC moment back without its kind.
    private static DateTime Utc(DateTime moment) => DateTime.SpecifyKind(moment, DateTimeKind.Utc);
}

/// <summary>Every published campaign, newest year first, with the data's licence.</summary>
public sealed record OpenCampaignList(OpenLicence Licence, IReadOnlyList<OpenCampaign> Campaigns);

/// <summary>A column of the ranking: the total (depth 0, its code is the framework id), a node of the tree, or a view.</summary>
public sealed record OpenNode(string Code, string Name, string NameEn, double? MaxPoints, int Depth, string? ParentCode, bool IsView, bool Scored);

/// <summary>A field of each unit's row: its name (as in the CSV header), a Vietnamese title and its kind (text, number, rank).</summary>
public sealed record OpenField(string Name, string Title, string Kind);

/// <summary>
/// A published ranking: the campaign, the licence, the snapshot's SHA-256 (the payload the figures come from), how the
/// framework shows results (points or value, decimals), the columns and the fields of each row, then one object per
/// unit (best total first) whose keys are the field names.
/// </summary>
public sealed record OpenRankingDocument(
    OpenCampaign Campaign, OpenLicence Licence, string PayloadHash, string ShownAs, int Decimals,
    IReadOnlyList<OpenNode> Nodes, IReadOnlyList<OpenField> Fields, IReadOnlyList<Dictionary<string, object?>> Units);

using ChiSo.Data.Campaigns;

namespace ChiSo.Web.Features.Campaigns;

/// <summary>A campaign as the lists show it.</summary>
public sealed record CampaignRow(
    int Id, string Name, string FrameworkTitle, string FrameworkId, int Year, CampaignStatus Status, DateOnly? Opens, DateOnly? Closes)
{
    public static IQueryable<CampaignRow> From(IQueryable<Campaign> campaigns) =>
        campaigns.Select(c => new CampaignRow(
            c.Id, c.Name, c.FrameworkEdition!.Title, c.FrameworkEdition.FrameworkId, c.Year, c.Status,
            c.Phases.Min(p => (DateOnly?)p.Opens), c.Phases.Max(p => (DateOnly?)p.Closes)));
}

public static class CampaignTexts
{
    public static string Status(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => Shared.L.T("Đang chuẩn bị", "Draft"),
        CampaignStatus.Open => Shared.L.T("Đang thu thập số liệu", "Collecting data"),
        CampaignStatus.Review => Shared.L.T("Đang thẩm định", "Under review"),
        CampaignStatus.Closed => Shared.L.T("Đã kết thúc", "Closed"),
        CampaignStatus.Published => Shared.L.T("Đã công bố", "Published"),
    };
}

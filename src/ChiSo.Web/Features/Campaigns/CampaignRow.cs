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

/// <summary>Campaign statuses as people read them; <see cref="Vi"/> and <see cref="En"/> for messages that carry both.</summary>
public static class CampaignTexts
{
    public static string Status(CampaignStatus status) => Shared.L.T(Vi(status), En(status));

    public static string Vi(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => "Đang chuẩn bị",
        CampaignStatus.Open => "Đang thu thập số liệu",
        CampaignStatus.Review => "Đang thẩm định",
        CampaignStatus.Closed => "Đã kết thúc",
        CampaignStatus.Published => "Đã công bố",
    };

    public static string En(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => "Draft",
        CampaignStatus.Open => "Collecting data",
        CampaignStatus.Review => "Under review",
        CampaignStatus.Closed => "Closed",
        CampaignStatus.Published => "Published",
    };
}

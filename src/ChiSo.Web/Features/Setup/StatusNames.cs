using ChiSo.Data.Campaigns;

namespace ChiSo.Web.Features.Setup;

/// <summary>Campaign statuses in both languages, for refusals that carry both (names: <see cref="Campaigns.CampaignTexts"/>).</summary>
public static class StatusNames
{
    /// <summary>The button that moves a campaign to <paramref name="status"/>.</summary>
    public static string Action(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => Shared.L.T("Đưa về chuẩn bị", "Back to draft"),
        CampaignStatus.Open => Shared.L.T("Mở thu thập số liệu", "Open data collection"),
        CampaignStatus.Review => Shared.L.T("Chuyển sang thẩm định", "Start the review"),
        CampaignStatus.Closed => Shared.L.T("Kết thúc kỳ đánh giá", "Close the campaign"),
        CampaignStatus.Published => Shared.L.T("Công bố kết quả", "Publish the results"),
    };
}

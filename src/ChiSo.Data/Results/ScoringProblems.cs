using System.Globalization;
using ChiSo.Engine;

namespace ChiSo.Data.Results;

internal static class ScoringProblems
{
    public static Problem NoCampaign(int campaignId) => Problem.Error("CS001", null, SourceSpan.None,
        string.Create(CultureInfo.InvariantCulture, $"Không có kỳ đánh giá số {campaignId}. Hãy kiểm tra lại mã kỳ đánh giá."),
        string.Create(CultureInfo.InvariantCulture, $"There is no campaign {campaignId}. Check the campaign id."));
}

using ChiSo.Web.Features.Shared;
using ChiSo.Data;
using ChiSo.Data.Results;

namespace ChiSo.Web.Features.Results;

/// <summary>What asking for a ranking gave: the table, or the status and the sentence of a refusal.</summary>
public sealed record RankingOutcome(RankingView? View, int Status, string? Message, IReadOnlyList<PublishedCampaign> Comparable)
{
    public static RankingOutcome Refused(int status, string message) => new(null, status, message, []);
}

/// <summary>
/// Builds the ranking of a campaign's published result as the page and its downloads show it: the columns of the
/// chosen depth, the filters, the search, the order and the rank movement against an earlier campaign. Every
/// parameter is checked first; a wrong one is refused with a sentence (400), and a campaign with nothing published
/// does not exist here (404, the same answer as an unknown id).
/// </summary>
public sealed class RankingTables(ResultsReader reader, ChiSoDbContext db)
{
    public async Task<RankingOutcome> BuildAsync(int campaignId, RankingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var results = await reader.PublishedAsync(campaignId, cancellationToken);
        if (results is null)
        {
            return RankingOutcome.Refused(StatusCodes.Status404NotFound, L.T("Không tìm thấy kết quả công bố của kỳ đánh giá này.", "No published result of this campaign was found."));
        }

        if (Check(results, request) is { } problem)
        {
            return RankingOutcome.Refused(StatusCodes.Status400BadRequest, problem);
        }

        var comparable = (await reader.PublishedCampaignsAsync(cancellationToken))
            .Where(c => c.FrameworkId == results.Campaign.FrameworkId && c.Year < results.Campaign.Year && c.Id != campaignId).ToList();
        CampaignResults? earlier;
        if (request.Compare is { } compareId)
        {
            if (!comparable.Any(c => c.Id == compareId))
            {
                return RankingOutcome.Refused(StatusCodes.Status400BadRequest, L.T(
                    $"Không so sánh được với kỳ đánh giá số {compareId}: chỉ so sánh được với kết quả đã công bố của một năm trước theo cùng bộ chỉ số ({results.Campaign.FrameworkId}).",
                    $"Cannot compare with campaign {compareId}: only a published result of an earlier year of the same index ({results.Campaign.FrameworkId}) can be compared."));
            }

            earlier = await reader.PublishedAsync(compareId, cancellationToken);
        }
        else
        {
            earlier = await reader.PreviousPublishedAsync(results, cancellationToken);
        }

        var columns = ShownColumns(results, request.Node, out var parent);
        var facts = UnitFacts.Of(results);
        var rows = RankingRows.Filter(results, facts, request);
        var (key, descending) = SortOf(results, request.Sort);
        RankingRows.Sort(rows, results, facts, key, descending);
        var comparison = earlier is null ? null
            : Movements.Compare(results, earlier, columns, await Movements.LineageAsync(db, results, earlier, cancellationToken));
        var pages = Math.Max(1, (rows.Length + RankingRequest.PageSize - 1) / RankingRequest.PageSize);
        var view = new RankingView
        {
            Results = results,
            Request = request,
            Parent = parent,
            Columns = columns,
            Rows = rows,
            Page = Math.Min(request.Page ?? 1, pages),
            SortKey = key,
            Descending = descending,
            Comparison = comparison,
            Regions = facts.Regions,
        };
        return new RankingOutcome(view, StatusCodes.Status200OK, null, comparable);
    }

    private static string? Check(CampaignResults results, RankingRequest request)
    {
        var facts = UnitFacts.Of(results);
        return request switch
        {
            { Q.Length: > RankingRequest.MaxSearch } => L.T(
                $"Từ khóa tìm kiếm dài quá {RankingRequest.MaxSearch} ký tự.", $"The search text is longer than {RankingRequest.MaxSearch} characters."),
            { Page: < 1 } => L.T("Số trang phải là một số nguyên từ 1 trở lên.", "The page must be a whole number from 1."),
            { Compare: int.MinValue } => L.T("Tham số compare phải là mã số của một kỳ đánh giá.", "The compare parameter must be a campaign's number."),
            { Node: { } node } when results.Column(node) is not { IsView: false } => L.T(
                $"Bộ chỉ số này không có chỉ số “{node}”. Hãy chọn chỉ số từ tiêu đề bảng.", $"This framework has no index “{node}”. Choose one from the table's headings."),
            { Group: { } group } when !facts.Groups.Contains(group, StringComparer.Ordinal) => L.T(
                $"Kỳ đánh giá này không có nhóm so sánh “{group}”.", $"This campaign has no comparison group “{group}”."),
            { Region: { } region } when ProvinceRegions.Find(region) is null => L.T(
                $"Không có vùng “{region}”. Các vùng: {string.Join(", ", ProvinceRegions.All.Select(r => r.Key))}.",
                $"There is no region “{region}”. The regions: {string.Join(", ", ProvinceRegions.All.Select(r => r.Key))}."),
            { Level: { } level } when !Enum.TryParse<UnitLevel>(level, ignoreCase: true, out _) || int.TryParse(level, out _) => L.T(
                $"Không có cấp đơn vị “{level}”.", $"There is no unit level “{level}”."),
            { Province: { } province } when !facts.Provinces.Any(p => p.Code == province) => L.T(
                $"Kỳ đánh giá này không có đơn vị thuộc tỉnh mã “{province}”.", $"This campaign has no unit in the province coded “{province}”."),
            { Sort: { } sort } when !IsSortKey(results, sort.TrimStart('-')) => L.T(
                $"Không sắp xếp được theo “{sort}”: hãy bấm vào tiêu đề một cột.", $"Cannot sort by “{sort}”: click a column heading."),
            _ => null,
        };
    }

    private static bool IsSortKey(CampaignResults results, string key) => key == RankingRequest.NameSort || results.Column(key) is not null;

    private static (string Key, bool Descending) SortOf(CampaignResults results, string? sort) =>
        sort is null ? (results.Columns[0].Code, false) : (sort.TrimStart('-'), sort.StartsWith('-'));

    /// <summary>The children of the chosen node (or the main indices and the views), then the node, then the total.</summary>
    private static List<ResultColumn> ShownColumns(CampaignResults results, string? node, out ResultColumn? parent)
    {
        parent = node is null ? null : results.Column(node);
        if (parent is { Index: 0 })
        {
            parent = null;
        }

        var code = parent?.Code;
        var shown = code is null ? results.MainColumns.ToList()
            : [.. results.Columns.Where(c => c.Scored && c.Index > 0 && !c.IsView && c.ParentCode == code)];
        if (parent is not null)
        {
            shown.Add(parent);
        }

        shown.Add(results.Columns[0]);
        return shown;
    }
}

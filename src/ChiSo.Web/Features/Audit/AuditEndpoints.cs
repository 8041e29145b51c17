using System.Globalization;
using System.Text;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Audit;

/// <summary>An audit event as the API gives it: the stored fields (before/after as stored JSON) and what it means in words.</summary>
public sealed record AuditEventItem(
    long Id, DateTime At, string Actor, string Action, string What, string About, string EntityType, string EntityId,
    string? Before, string? After, string? Reason);

public sealed record AuditList(int Total, int Page, int PageSize, IReadOnlyList<AuditEventItem> Events);

public sealed record AuditProblem(long? EventId, DateTime? At, string? Actor, string? Action, int? SnapshotId, string Problem);

public sealed record AuditVerdict(bool Intact, long EventsChecked, int SnapshotsChecked, IReadOnlyList<AuditProblem> Problems);

/// <summary>
/// The audit log for administrators and system-wide organisers (<see cref="AccessPolicies.Organiser"/>): the page
/// <c>/audit</c>, its CSV <c>/audit.csv</c>, and <c>/api/v1/audit</c> (the list, same filters) and
/// <c>/api/v1/audit/verification</c> (<see cref="AuditCheck"/>'s verdict). See the page AuditPage.razor for who sees what.
/// </summary>
public static class AuditEndpoints
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditRows>();
        return services;
    }

    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/audit.csv", Csv).RequireAuthorization(AccessPolicies.Organiser).ExcludeFromDescription();
        var api = app.MapGroup("/api/v1/audit").RequireAuthorization(AccessPolicies.Organiser)
            .WithApiTag("Audit", "Nhật ký kiểm toán: mọi thay đổi (ai, khi nào, trước, sau, lý do) trong chuỗi băm, và kết quả kiểm tra chuỗi. The audit log: every change (who, when, before, after, why) in its hash chain, and the chain's verification.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", List).WithName("ListAuditEvents")
            .WithSummary("Audit events newest first, filtered by unit code, criterion code, person, action code and days (dd/MM/yyyy or yyyy-MM-dd, Vietnam time); paged, at most 200 a page")
            .Produces<AuditList>(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/verification", Verify).WithName("VerifyAuditLog")
            .WithSummary("Walks the audit hash chain and checks every stored result snapshot; names the first broken event")
            .Produces<AuditVerdict>(StatusCodes.Status200OK);
    }

    private static async Task<Results<Ok<AuditList>, ProblemHttpResult>> List(
        HttpContext http, ChiSoDbContext db, AuditRows rows, CancellationToken ct,
        string? unit = null, string? criterion = null, string? person = null, string? action = null, string? from = null, string? to = null,
        string? page = null, string? size = null)
    {
        _ = (unit, criterion, person, action, from, to, page, size); // Declared for the API document; read and bounded by AuditQuery.
        var (query, problem) = await AuditQuery.ReadAsync(http.Request.Query, db, ct);
        if (query is null)
        {
            return Problems.Invalid(problem!.Value.In(L.IsEnglish ? Engine.Language.En : Engine.Language.Vi));
        }

        var found = await AuditSearch.PageAsync(db, query.Filter, query.Page, query.PageSize, ct);
        var shown = await rows.ReadAsync(found.Events, ct);
        var stored = found.Events.ToDictionary(e => e.Id);
        return TypedResults.Ok(new AuditList(found.Total, found.Page, found.PageSize, [.. shown.Select(r => new AuditEventItem(
            r.Id, r.At, r.Actor, r.Action, L.T(r.What.Vi, r.What.En), L.T(r.About.Vi, r.About.En), r.EntityType, r.EntityId,
            stored[r.Id].Before, stored[r.Id].After, r.Reason))]));
    }

    private static async Task<Ok<AuditVerdict>> Verify(ChiSoDbContext db, CancellationToken ct)
    {
        var report = await AuditCheck.RunAsync(db, ct);
        return TypedResults.Ok(new AuditVerdict(report.IsIntact, report.EventsChecked, report.SnapshotsChecked,
            [.. report.Findings.Select(f => new AuditProblem(f.EventId, f.At, f.Actor, f.Action, f.SnapshotId, L.T(f.Problem.Vi, f.Problem.En)))]));
    }

    /// <summary>The filtered list as CSV (UTF-8 with its mark, for Excel): at most <see cref="AuditQuery.MaxCsvRows"/> events, the newest; a last line says when there were more.</summary>
    private static async Task<IResult> Csv(HttpContext http, ChiSoDbContext db, AuditRows rows, CancellationToken ct)
    {
        var (query, problem) = await AuditQuery.ReadAsync(http.Request.Query, db, ct);
        if (query is null)
        {
            await ErrorPages.WriteAsync(http, StatusCodes.Status400BadRequest, L.T(problem!.Value.Vi, problem.Value.En));
            return TypedResults.Empty;
        }

        var found = await AuditSearch.PageAsync(db, query.Filter, 1, AuditQuery.MaxCsvRows, ct);
        var shown = await rows.ReadAsync(found.Events, ct);
        var stored = found.Events.ToDictionary(e => e.Id);
        var text = new StringBuilder();
        Line(text, [L.T("Mã sự kiện", "Event id"), L.T("Thời điểm (giờ Việt Nam)", "When (Vietnam time)"), L.T("Người thực hiện", "Who"),
            L.T("Việc đã làm", "What"), L.T("Mã hành động", "Action code"), L.T("Đối tượng", "About"), L.T("Trước", "Before"), L.T("Sau", "After"), L.T("Lý do", "Reason")]);
        foreach (var r in shown)
        {
            Line(text, [r.Id.ToString(CultureInfo.InvariantCulture), L.Date(r.At), r.Actor, L.T(r.What.Vi, r.What.En), r.Action,
                L.T(r.About.Vi, r.About.En), stored[r.Id].Before ?? "", stored[r.Id].After ?? "", r.Reason ?? ""]);
        }

        if (found.Total > AuditQuery.MaxCsvRows)
        {
            var total = found.Total.ToString("N0", L.Culture);
            var cap = AuditQuery.MaxCsvRows.ToString("N0", L.Culture);
            Line(text, [L.T($"Chỉ xuất {cap} sự kiện mới nhất trên tổng số {total}; hãy lọc hẹp hơn (theo ngày) để xuất phần còn lại.",
                $"Only the newest {cap} of {total} events are exported; narrow the filter (by days) to export the rest.")]);
        }

        var day = VietnamTime.Today(http.RequestServices.GetRequiredService<TimeProvider>()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TypedResults.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())], "text/csv; charset=utf-8", $"nhat-ky-{day}.csv");
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) => text.AppendJoin(',', cells.Select(Quote)).Append("\r\n");

    // A cell that starts like a formula is written as text, so a spreadsheet never runs what someone typed.
    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

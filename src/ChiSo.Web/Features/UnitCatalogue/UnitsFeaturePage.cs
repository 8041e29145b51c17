using ChiSo.Data;
using ChiSo.Data.Units;
using ChiSo.Engine;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace ChiSo.Web.Features.UnitCatalogue;

/// <summary>
/// What the units pages share: the request, the caller's editing scope, the posted form, and refusals shown with the
/// status code scripts and tests read (400 for bad input, 403 outside the caller's scope).
/// </summary>
public abstract class UnitsFeaturePage : ComponentBase
{
    [CascadingParameter]
    public HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected ChiSoDbContext Db { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected TimeProvider Clock { get; set; } = default!;

    [Inject]
    protected UnitEditing Editing { get; set; } = default!;

    protected List<Bilingual> Problems { get; } = [];

    protected string Actor => HttpContext.User.Identity?.Name ?? "?";

    protected DateOnly Today => VietnamTime.Today(Clock);

    protected Task<UnitScope> ScopeAsync() => Editing.ScopeAsync(HttpContext.User);

    protected string? Field(string name) =>
        HttpContext.Request.HasFormContentType && HttpContext.Request.Form.TryGetValue(name, out var value) ? value.ToString() : null;

    protected void Refuse(IEnumerable<Bilingual> problems, int status = StatusCodes.Status400BadRequest)
    {
        Problems.AddRange(problems);
        HttpContext.Response.StatusCode = status;
    }

    /// <summary>
    /// A form is rendered for those who may use it, and also while a post is dispatched to it, so that a post by
    /// someone else reaches its handler and is refused there with 403 rather than by the framework with a bare 400.
    /// </summary>
    protected bool Dispatching => HttpMethods.IsPost(HttpContext.Request.Method) && !Forbidden;

    protected bool Forbidden { get; private set; }

    /// <summary>Refuses a change outside the caller's scope with 403, in plain words.</summary>
    protected void Forbid()
    {
        Forbidden = true;
        Refuse([new(
        "Bạn chỉ xem được đơn vị; chỉ người tổ chức của tỉnh và quản trị hệ thống được thêm, sửa đơn vị của tỉnh.",
        "You may view units only; a province's organisers and administrators add and change its units.")], StatusCodes.Status403Forbidden);
    }

    /// <summary>Every refused row's reasons, prefixed by its line when it has one.</summary>
    protected static IEnumerable<Bilingual> Reasons(BodyCheckResult result) =>
        result.Rows.Where(r => r.Outcome == BodyOutcome.Refused).SelectMany(r => r.Problems.Select(p => r.Line > 0
            ? new Bilingual($"Dòng {r.Line} ({r.Code}): {p.Vi}", $"Line {r.Line} ({r.Code}): {p.En}") : p));

    public static string LevelName(UnitLevel level) => UnitLevelNames.Of(level);

    public static string Validity(DateOnly from, DateOnly? to) =>
        to is { } end ? $"{L.Date(from)} – {L.Date(end)}" : L.T($"từ {L.Date(from)}", $"from {L.Date(from)}");
}

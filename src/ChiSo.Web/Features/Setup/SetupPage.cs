using ChiSo.Engine;
using System.Globalization;
using ChiSo.Data;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Setup;

/// <summary>The campaign a set-up page works on.</summary>
public sealed record SetupCampaign(int Id, string Name, int Year, string FrameworkTitle, Data.Campaigns.CampaignStatus Status);

/// <summary>
/// What every set-up page does first: load the campaign (404 when missing), and read the posted form. The pages post
/// to themselves; their handlers run only when <see cref="Ready"/>. Who may open them is the page's policy
/// (<see cref="AccessPolicies.Organiser"/>), checked before the page runs, for its forms too.
/// </summary>
public abstract class SetupPage : ComponentBase
{
    [CascadingParameter]
    public HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected ChiSoDbContext Db { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected TimeProvider Clock { get; set; } = default!;

    protected SetupCampaign? Campaign { get; private set; }

    protected List<Bilingual> Problems { get; } = [];

    protected bool Ready => Campaign is not null;

    protected string Actor => HttpContext.User.Identity?.Name ?? "?";

    /// <summary>Checks the user and loads the campaign with id <paramref name="campaignId"/> (null for pages without one).</summary>
    protected async Task<bool> PrepareAsync(int? campaignId)
    {
        if (campaignId is { } id)
        {
            Campaign = await Db.Campaigns.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new SetupCampaign(c.Id, c.Name, c.Year, c.FrameworkEdition!.Title, c.Status)).SingleOrDefaultAsync();
            if (Campaign is null)
            {
                HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
                return false;
            }
        }

        return true;
    }

    /// <summary>Shows the problems with 400, so that scripts and tests see the refusal too.</summary>
    protected void Refuse(IEnumerable<Bilingual> problems)
    {
        Problems.AddRange(problems);
        HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    /// <summary>Why the campaign's status no longer allows <paramref name="change"/> (<see cref="SetupChanges"/>), or null.</summary>
    protected Bilingual? Locked(SetupChange change) => Campaign is null ? null : SetupChanges.Refusal(Campaign.Status, change);

    /// <summary>True when the change may be made; otherwise shows why, with 409 like the API.</summary>
    protected bool MayChange(SetupChange change)
    {
        if (Locked(change) is not { } locked)
        {
            return true;
        }

        Problems.Add(locked);
        HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return false;
    }

    protected string? Field(string name) =>
        HttpContext.Request.HasFormContentType && HttpContext.Request.Form.TryGetValue(name, out var value) ? value.ToString() : null;

    protected static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    protected static string Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

using System.Net;
using System.Text.RegularExpressions;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Authorisation;

/// <summary>
/// Issue 14 §6: nothing unpublished is reachable anonymously, by guessing addresses either. Every endpoint the app
/// maps is sent an anonymous request with its route values filled with the ids of each unpublished campaign (its
/// id, a unit's id and code, a submission, evidence, an unpublished result snapshot). Endpoints that need a sign-in
/// must refuse (401, a redirect, any 4xx); the public and open-data routes must answer a GET with 404, as for a
/// campaign that does not exist (a form post without its token is refused with 400 before any page runs); anonymous endpoints that answer 200 must not carry the campaign's name or its snapshot's hash.
/// </summary>
public sealed partial class AuthorisationMatrixTests
{
    [Fact]
    public async Task EveryEndpoint_Anonymous_UnpublishedCampaignIds_GivesNothingAway()
    {
        var targets = await UnpublishedTargetsAsync();
        var endpoints = MappedEndpoint.Read(_factory.Services);
        using var anonymous = new Browser(_factory);
        var leaks = new List<string>();
        var sent = 0;

        foreach (var target in targets)
        {
            foreach (var endpoint in endpoints)
            {
                var path = "/" + RouteValue().Replace(endpoint.Pattern, m => target.Value(m.Groups[1].Value));
                var method = endpoint.Method == "*" ? "GET" : endpoint.Method;
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
                if (method is "POST" or "PUT")
                {
                    request.Content = new FormUrlEncodedContent([]);
                }

                using var response = await anonymous.Client.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                var cell = $"{method} {path} ({endpoint.Name}): {status}";
                // The error page says 500 when asked directly: it is what the exception handler shows, with no data.
                if (status >= 500 && path != Features.Shared.ErrorPages.Path)
                {
                    leaks.Add(cell + ", a server error");
                }
                else if (method == "GET" && IsPublicRoute(endpoint.Pattern) && endpoint.Pattern.Contains('{', StringComparison.Ordinal) && status != 404)
                {
                    leaks.Add(cell + ", not 404 for a campaign with nothing published");
                }
                else if (status is >= 200 and < 300 && !endpoint.Anonymous)
                {
                    leaks.Add(cell + ", answered anonymously");
                }
                else if (status is >= 200 and < 300 && (body.Contains(target.CampaignName, StringComparison.Ordinal)
                    || (target.SnapshotHash is { } hash && body.Contains(hash, StringComparison.Ordinal))))
                {
                    leaks.Add(cell + $", names {target.CampaignName} or its unpublished result");
                }
            }
        }

        Assert.True(endpoints.Count > 50, $"Only {endpoints.Count} endpoints were found.");
        Assert.True(leaks.Count == 0, $"{leaks.Count} of {sent} anonymous requests gave something away:\n" + string.Join('\n', leaks));
    }

    private static bool IsPublicRoute(string pattern) =>
        pattern.StartsWith("public/", StringComparison.Ordinal) || pattern.StartsWith("open/", StringComparison.Ordinal);

    /// <summary>Route values of one unpublished campaign, by the route parameter's name.</summary>
    private sealed record Target(string CampaignName, int CampaignId, int UnitId, string UnitCode, int SubmissionId, int EvidenceId, int SnapshotId, string? SnapshotHash)
    {
        public string Value(string parameter) => parameter.ToLowerInvariant() switch
        {
            var p when p.Contains("submission", StringComparison.Ordinal) => $"{SubmissionId}",
            var p when p.Contains("evidence", StringComparison.Ordinal) => $"{EvidenceId}",
            var p when p.Contains("snapshot", StringComparison.Ordinal) => $"{SnapshotId}",
            "unitcode" or "code" => UnitCode,
            var p when p.Contains("unit", StringComparison.Ordinal) => $"{UnitId}",
            var p when p == "id" || p.Contains("campaign", StringComparison.Ordinal) => $"{CampaignId}",
            "path" => "khong-co.txt",
            _ => "1",
        };
    }

    /// <summary>Each campaign of the demo with no published result, with ids of its units, submissions, evidence and snapshots.</summary>
    private async Task<List<Target>> UnpublishedTargetsAsync()
    {
        await using var db = _factory.NewContext();
        var campaigns = await db.Campaigns.Where(c => !db.ResultSnapshots.Any(s => s.CampaignId == c.Id && s.Published))
            .Select(c => new { c.Id, c.Name }).ToListAsync();
        var targets = new List<Target>();
        foreach (var c in campaigns)
        {
            var unit = await db.CampaignUnits.Where(cu => cu.CampaignId == c.Id).Select(cu => new { cu.UnitId, cu.Unit!.Code }).FirstAsync();
            var submission = await db.Submissions.Where(s => s.CampaignId == c.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync() ?? 0;
            var evidence = await db.Evidence.Where(e => db.Submissions.Any(s => s.Id == e.SubmissionId && s.CampaignId == c.Id)).Select(e => (int?)e.Id).FirstOrDefaultAsync() ?? 0;
            var snapshot = await db.ResultSnapshots.Where(s => s.CampaignId == c.Id).Select(s => new { s.Id, s.PayloadHash }).FirstOrDefaultAsync();
            targets.Add(new Target(c.Name, c.Id, unit.UnitId, unit.Code, submission, evidence, snapshot?.Id ?? 0, snapshot?.PayloadHash));
        }

        Assert.Contains(targets, t => t.SnapshotHash is not null); // the DII 2023: a round-1 result, not published
        return targets;
    }

    [GeneratedRegex(@"\{\**([^}:?=]+)[^}]*\}")]
    private static partial Regex RouteValue();
}

using System.Net;
using System.Text;
using ChiSo.Web.Tests.Submitting;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Evidence;

/// <summary>
/// What the entry page does when a reporter types and uploads at once (the browser test NothingLostTests, which CI twice
/// saw wait in vain for the uploaded file): value saves, uploads and panel redraws of one submission at the same time.
/// None may fail, and every file must be listed in its panel afterwards.
/// </summary>
[Collection(ClockedAppGroup.Name)]
public class EvidenceAtOnceTests(ClockedApp app)
{
    [Fact]
    public async Task SavesUploadsAndRedraws_AtOnce_EveryOneAnsweredAndEveryFileListed()
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;
        var names = Enumerable.Range(1, 12).Select(i => $"bien-ban-dong-thoi-{i}.txt").ToList();
        var work = new List<Task<HttpResponseMessage>>();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            work.Add(Uploads.UploadAsync(reporter, app.SubmissionId, "1.2", Encoding.UTF8.GetBytes($"Biên bản họp số {i} lúc {Guid.NewGuid()}."), name, token, "text/plain"));
            work.Add(Browser.SaveAsync(reporter, app.SubmissionId, token, new { criterion = "1.2", input = "tong_cuoc_hop", value = i.ToString(System.Globalization.CultureInfo.InvariantCulture), version = (int?)null }));
            work.Add(reporter.GetAsync(new Uri($"/submissions/{app.SubmissionId}/criteria/1.2/evidence-panel", UriKind.Relative)));
        }

        var answers = await Task.WhenAll(work);
        var statuses = answers.Select(a => a.StatusCode).ToList();
        using var panel = await reporter.GetAsync(new Uri($"/submissions/{app.SubmissionId}/criteria/1.2/evidence-panel", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await panel.Content.ReadAsStringAsync());
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        // A save may lose to another save of the same input (409, shown to the user with both values); nothing else.
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Conflict, $"answered {(int)s} {s}"));
        Assert.All(names, n => Assert.Contains($">{n}</a>", html, StringComparison.Ordinal));
    }
}

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Tests.Submitting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Evidence;

/// <summary>A submission's and a unit's evidence are bounded, and files no row refers to leave the disk after the grace period.</summary>
[Collection(ClockedAppGroup.Name)]
public class EvidenceQuotaTests(ClockedApp app)
{
    private const string Criterion = "1.3";

    [Theory]
    [InlineData("Evidence:MaxBytesPerSubmission", "một hồ sơ")]
    [InlineData("Evidence:MaxBytesPerUnit", "một đơn vị")]
    public async Task UploadFile_PastTheQuota_Refused413(string setting, string expected)
    {
        long used;
        await using (var db = app.NewContext())
        {
            used = await db.Evidence.Where(e => e.SubmissionId == app.SubmissionId).SumAsync(e => e.Size ?? 0);
        }

        var (first, second) = (Uploads.TinyPdf($"quota-1-{setting}"), Uploads.TinyPdf($"quota-2-{setting}"));
        var limit = used + first.Length + 10;
        await using var bounded = app.InWindow.WithWebHostBuilder(b => b.UseSetting(setting, limit.ToString(CultureInfo.InvariantCulture)));
        var (reporter, token) = await app.SignInAsync(bounded, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var fits = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, first, "mot.pdf", token);
        using var over = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, second, "hai.pdf", token);
        var body = await over.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    /// <summary>Ten uploads at once with room for three: three stored, seven refused, the quota kept (each once counted before the others were saved).</summary>
    [Fact]
    public async Task UploadFiles_TenAtOnceWithRoomForThree_ThreeStoredSevenRefused()
    {
        long used;
        await using (var db = app.NewContext())
        {
            used = await db.Evidence.Where(e => e.SubmissionId == app.SubmissionId).SumAsync(e => e.Size ?? 0);
        }

        var limit = used + (3 * Uploads.RaceFileSize) + 10;
        await using var bounded = app.InWindow.WithWebHostBuilder(b => b.UseSetting("Evidence:MaxBytesPerSubmission", limit.ToString(CultureInfo.InvariantCulture)));
        var (reporter, token) = await app.SignInAsync(bounded, "baocao@demo.chiso.vn");
        using var _ = reporter;

        var statuses = await Uploads.AtOnceAsync(reporter, app.SubmissionId, Criterion, token, 10);
        long stored;
        await using (var db = app.NewContext())
        {
            stored = await db.Evidence.Where(e => e.SubmissionId == app.SubmissionId).SumAsync(e => e.Size ?? 0);
        }

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.RequestEntityTooLarge));
        Assert.True(stored <= limit, $"{stored} bytes stored, over the quota of {limit}");
    }

    /// <summary>A criterion holds a bounded number of files and citations; five citations at once with room for two: two kept.</summary>
    [Fact]
    public async Task AddCitations_FiveAtOnceWithRoomForTwo_TwoKeptThreeRefusedInVietnamese()
    {
        const string criterion = "1.1";
        int held;
        await using (var db = app.NewContext())
        {
            held = await db.Evidence.CountAsync(e => e.SubmissionId == app.SubmissionId && e.CriterionCode == criterion);
        }

        await using var bounded = app.InWindow.WithWebHostBuilder(b => b.UseSetting("Evidence:MaxItemsPerCriterion", (held + 2).ToString(CultureInfo.InvariantCulture)));
        var (reporter, token) = await app.SignInAsync(bounded, "baocao@demo.chiso.vn");
        using var _ = reporter;

        var answers = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => Uploads.PostFormAsync(
            reporter, $"/api/v1/submissions/{app.SubmissionId}/criteria/{criterion}/evidence/citations", token, new()
            {
                ["number"] = $"{i}/KH-UBND", ["date"] = "2025-02-14", ["summary"] = "Kế hoạch chuyển đổi số", ["signer"] = "Trần Thị B",
            })));
        var refusal = await answers.First(a => a.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync();
        int after;
        await using (var db = app.NewContext())
        {
            after = await db.Evidence.CountAsync(e => e.SubmissionId == app.SubmissionId && e.CriterionCode == criterion);
        }

        Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(held + 2, after);
        Assert.Contains($"Tiêu chí {criterion} đã có {held + 2} minh chứng, mức tối đa của một tiêu chí.", refusal, StringComparison.Ordinal);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Sweep_RemovesOldUnreferencedFilesOnly()
    {
        var clock = app.InWindow.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var store = app.InWindow.Services.GetRequiredService<EvidenceStore>();
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;
        var kept = Uploads.TinyPdf("sweep-kept");
        var removed = Uploads.TinyPdf("sweep-removed");
        using (await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, kept, "giu.pdf", token))
        using (await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, removed, "go.pdf", token))
        {
        }

        int removedId;
        await using (var db = app.NewContext())
        {
            var sha = Sha(removed);
            removedId = await db.Evidence.Where(e => e.Sha256 == sha && e.Kind == EvidenceKind.File).Select(e => e.Id).FirstAsync();
        }

        using (await Uploads.PostFormAsync(reporter, $"/api/v1/submissions/{app.SubmissionId}/evidence/{removedId}/remove", token, new() { ["reason"] = "Không cần nữa" }))
        {
        }

        var orphanOld = Orphan(store, "orphan-old", clock.AddDays(-2));
        var orphanNew = Orphan(store, "orphan-new", clock.AddHours(-1));
        var abandoned = Path.Combine(store.Root, "incoming", Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(abandoned, "tải lên dở dang");
        File.SetLastWriteTimeUtc(abandoned, clock.AddDays(-3));
        File.SetLastWriteTimeUtc(store.PathOf(Sha(kept)), clock.AddDays(-30));
        File.SetLastWriteTimeUtc(store.PathOf(Sha(removed)), clock.AddDays(-30));

        await using var scope = app.InWindow.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EvidenceSweep>().SweepAsync();

        Assert.True(File.Exists(store.PathOf(Sha(kept))));
        Assert.False(File.Exists(store.PathOf(Sha(removed))));
        Assert.False(File.Exists(orphanOld));
        Assert.True(File.Exists(orphanNew));
        Assert.False(File.Exists(abandoned));
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Orphan(EvidenceStore store, string content, DateTime written)
    {
        var path = store.PathOf(Sha(System.Text.Encoding.UTF8.GetBytes(content)));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, written);
        return path;
    }
}

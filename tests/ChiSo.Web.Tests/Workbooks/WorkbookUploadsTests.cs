using System.Collections.Immutable;
using ChiSo.Files.Collection;
using ChiSo.Web.Features.Workbooks;
using Microsoft.Extensions.Time.Testing;

namespace ChiSo.Web.Tests.Workbooks;

/// <summary>The store of uploads waiting for their apply is bounded per user, in total and in time.</summary>
public class WorkbookUploadsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    private static WorkbookUpload Upload(string token, int values = 10) => new(
        "don-vi.xlsx", token,
        [.. Enumerable.Range(0, values).Select(i => new WorkbookCellValue("1.1", $"o_{i}", "12", "Nhập liệu", $"D{i + 5}"))],
        ImmutableArray<WorkbookError>.Empty);

    [Fact]
    public void Keep_MoreThanPerUser_ForgetsThatUsersOldest()
    {
        var uploads = new WorkbookUploads(_clock);
        uploads.Keep("khac@demo", 1, Upload("x"));
        for (var i = 0; i <= WorkbookUploads.PerUser; i++)
        {
            uploads.Keep("baocao@demo", 1, Upload($"t{i}"));
        }

        Assert.Null(uploads.Find("baocao@demo", 1, "t0"));
        Assert.NotNull(uploads.Find("baocao@demo", 1, $"t{WorkbookUploads.PerUser}"));
        Assert.NotNull(uploads.Find("khac@demo", 1, "x"));
    }

    [Fact]
    public void Keep_PastTheTotalSize_ForgetsTheOldestOfAnyone()
    {
        var one = Upload("a", 100).Size;
        var uploads = new WorkbookUploads(_clock) { MaxTotal = (2 * one) + 1 };

        uploads.Keep("mot@demo", 1, Upload("a", 100));
        uploads.Keep("hai@demo", 2, Upload("b", 100));
        uploads.Keep("ba@demo", 3, Upload("c", 100));

        Assert.Null(uploads.Find("mot@demo", 1, "a"));
        Assert.NotNull(uploads.Find("ba@demo", 3, "c"));
        Assert.True(uploads.TotalSize <= (2 * one) + 1);
    }

    [Fact]
    public void Find_AfterAnHour_IsGoneAndItsMemoryFreedOnTheNextKeep()
    {
        var uploads = new WorkbookUploads(_clock);
        uploads.Keep("baocao@demo", 1, Upload("a"));

        _clock.Advance(WorkbookUploads.Lifetime);
        uploads.Keep("khac@demo", 1, Upload("b"));

        Assert.Null(uploads.Find("baocao@demo", 1, "a"));
        Assert.Equal(Upload("b").Size, uploads.TotalSize);
    }

    [Fact]
    public void Find_AnotherUserOrSubmission_FindsNothing()
    {
        var uploads = new WorkbookUploads(_clock);
        uploads.Keep("baocao@demo", 1, Upload("a"));

        Assert.Null(uploads.Find("khac@demo", 1, "a"));
        Assert.Null(uploads.Find("baocao@demo", 2, "a"));
    }
}

using ChiSo.Data;
using ChiSo.Data.Frameworks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>The draft editor's rule box in a real browser: a wrong rule shows its column as it is typed; "Thử" gives points.</summary>
public class EditionEditorTests
{
    private const string Yaml = """
        id: thu-trinh-duyet
        edition: 2026
        title: Bộ chỉ số thử trên trình duyệt
        tree:
          - code: "1"
            name: Nhóm một
            children:
              - code: "1.1"
                name: Tỷ lệ cán bộ được đào tạo
                max: 10
                inputs:
                  - id: a
                    type: integer
                    label: Số cán bộ được đào tạo
                  - id: b
                    type: integer
                    label: Tổng số cán bộ
                score: max * ratio(a, b)
        """;

    [Fact]
    public async Task RuleBox_WrongRuleThenSamples_ColumnMarkedThenPoints()
    {
        await using var app = new KestrelApp();
        int id;
        await using (var db = ChiSoDatabase.CreateContext(app.Services.GetRequiredService<DatabaseOptions>()))
        {
            var draft = FrameworkEdition.Draft("thu-trinh-duyet", 2026, "Bộ chỉ số thử trên trình duyệt", Yaml);
            db.FrameworkEditions.Add(draft);
            await db.SaveChangesAsync();
            id = draft.Id;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var root = app.BaseAddress.ToString().TrimEnd('/');
        var page = await JourneyTests.SignInAsync(browser, root, "tochuc@demo.chiso.vn");
        await page.GotoAsync($"{root}/editions/{id}/edit?node=1.1");

        await page.Locator("#rule").FillAsync("max * ratio(a, c)");
        await Assertions.Expect(page.Locator("#rule-check mark")).ToHaveTextAsync("c");
        await Assertions.Expect(page.Locator("#rule-check")).ToContainTextAsync("cột 16:");
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("editor-wrong-rule.png"), FullPage = true });

        await page.Locator("#rule").FillAsync("max * ratio(a, b)");
        await page.Locator("input[data-sample=a]").FillAsync("30");
        await page.Locator("input[data-sample=b]").FillAsync("40");

        // 10 × 30 ÷ 40 = 7,5.
        await Assertions.Expect(page.Locator("#try-points")).ToContainTextAsync("Điểm: 7,5");
        await Assertions.Expect(page.Locator("#rule-check")).ToContainTextAsync("Công thức hợp lệ.");
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("editor-try-it.png"), FullPage = true });
    }
}

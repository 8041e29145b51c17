using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>An evidence file sent from a criterion's panel on the entry page, as a reporter does it.</summary>
public static class EvidenceUploads
{
    /// <summary>
    /// Chooses <paramref name="file"/> in the panel of criterion <paramref name="anchor"/> (its HTML id, "1-2"), presses
    /// "Tải lên" and waits until the panel lists the file. A refusal, a crashed renderer or nothing at all within the
    /// step limit fails at once with what the panel said, whether the page's scripts had run (without evidence.js the
    /// click is a plain form post), the app's log and a screenshot: CI once waited the whole limit with nothing to show why.
    /// </summary>
    public static async Task UploadAsync(IPage page, KestrelApp app, string anchor, FilePayload file)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(file);
        var panel = $"section[data-evidence][aria-labelledby=ev-{anchor}]";
        var listed = $"{panel} a:has-text('{file.Name}')";
        var crashed = false;
        void OnCrash(object? sender, IPage crashedPage) => crashed = true;
        page.Crash += OnCrash;
        try
        {
            await page.Locator($"{panel} input[type=file]").SetInputFilesAsync(file);
            await page.Locator($"{panel} button[data-evidence-action=upload]").ClickAsync();
            await page.WaitForSelectorAsync($"{listed}, {panel} .evidence-msg.error");
        }
        catch (Exception e) when (e is TimeoutException || crashed)
        {
        }
        finally
        {
            page.Crash -= OnCrash;
        }

        Assert.False(crashed, $"The page's renderer crashed while the upload was on its way. The app logged:\n{string.Join('\n', app.Logs)}");
        if (await page.Locator(listed).CountAsync() == 0)
        {
            var said = await page.Locator($"{panel} .evidence-msg").AllInnerTextsAsync();
            var state = await page.EvaluateAsync<string>("`${document.readyState}; scripts: ${performance.getEntriesByType('resource').map(r => r.name.split('/').pop()).filter(n => n.includes('.js')).join(', ')}`");
            await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("evidence-upload-not-shown.png"), FullPage = true });
            Assert.Fail($"The upload did not show up. Page {page.Url} ({state}); the panel said: '{string.Join(" ", said)}'; the app logged:\n{string.Join('\n', app.Logs)}");
        }
    }
}

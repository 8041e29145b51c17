using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium, never a downloaded browser. A missing browser fails the test with the fix, it does not skip it.
/// </summary>
public static class Chromium
{
    public static string Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Assert.True(File.Exists(Path), $"Chromium is missing at {Path}: run scripts/test, or apt-get install chromium.");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            // --disable-dev-shm-usage: a container's /dev/shm is often 64 MB, too small for a renderer's shared memory
            // on a large page; Chromium then uses the temporary folder instead (a crashed page waits in vain).
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    // The browser's own language decides how date inputs read: dd/MM/yyyy as Vietnamese users see them.
                    "--lang=vi-VN"],
            Env = new Dictionary<string, string> { ["LANG"] = "vi_VN.UTF-8", ["LANGUAGE"] = "vi" },
        });
    }

    /// <summary>
    /// How long one browser step may take (ms). CI runs the browser beside the other test projects on two cores, where
    /// a first page can take many times what it takes on an idle machine; Playwright's 30 s default proved too short.
    /// </summary>
    public const float StepTimeout = 120_000;

    /// <summary>Screenshots go to TestResults/screenshots beside the test assembly's project output.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name);
    }
}

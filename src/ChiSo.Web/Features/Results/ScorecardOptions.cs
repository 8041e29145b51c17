namespace ChiSo.Web.Features.Results;

/// <summary>How the scorecard's PDF is printed: by headless Chromium, when it is installed.</summary>
public sealed class ScorecardOptions
{
    public const string Section = "Scorecard";

    /// <summary>The Chromium to run; the PDF falls back to the print view when the file is absent.</summary>
    public string Chromium { get; set; } = "/usr/bin/chromium";

    /// <summary>How long one print may take before it is stopped.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How many prints run at once; more wait (a Chromium takes ~100 MB and a core).</summary>
    public int AtOnce { get; set; } = 2;
}

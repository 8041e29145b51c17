namespace ChiSo.Web.Features.Evidence;

/// <summary>The <c>Evidence</c> configuration section.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Root of the content-addressed store; files live at ab/cd/&lt;sha256&gt; below it.</summary>
    public string Folder { get; set; } = "./data/evidence";

    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>All files of one submission together.</summary>
    public long MaxBytesPerSubmission { get; set; } = 200L * 1024 * 1024;

    /// <summary>Files and citations of one criterion in one submission, objections' new evidence included.</summary>
    public int MaxItemsPerCriterion { get; set; } = 50;

    /// <summary>All files of one unit, every campaign together.</summary>
    public long MaxBytesPerUnit { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How long a stored file no evidence row refers to is kept before the sweep removes it.</summary>
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the sweep looks for such files.</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromHours(6);
}

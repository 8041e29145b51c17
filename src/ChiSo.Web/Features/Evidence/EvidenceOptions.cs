namespace ChiSo.Web.Features.Evidence;

/// <summary>The <c>Evidence</c> configuration section.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Root of the content-addressed store; files live at ab/cd/&lt;sha256&gt; below it.</summary>
    public string Folder { get; set; } = "./data/evidence";

    public long MaxBytes { get; set; } = 20L * 1024 * 1024;
}

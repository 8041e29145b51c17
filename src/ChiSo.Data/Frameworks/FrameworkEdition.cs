using System.Security.Cryptography;
using System.Text;

namespace ChiSo.Data.Frameworks;

public enum EditionStatus
{
    Draft,
    Published,
}

/// <summary>
/// One edition of a framework, stored as its YAML text. Once <see cref="EditionStatus.Published"/> it is immutable:
/// <see cref="ChiSoDbContext"/> refuses to save a change to it or its deletion (<see cref="ImmutableEntityException"/>).
/// </summary>
public sealed class FrameworkEdition
{
    public int Id { get; set; }

    /// <summary>The <c>id</c> of the YAML file, e.g. <c>dti-tinh</c>.</summary>
    public required string FrameworkId { get; set; }

    public int Edition { get; set; }

    public required string Title { get; set; }

    public required string Yaml { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the UTF-8 bytes of <see cref="Yaml"/>; see <see cref="HashOf"/>.</summary>
    public required string ContentHash { get; set; }

    public EditionStatus Status { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>The edition this one was copied from ("new edition from last year's"); the diff between the two is its crosswalk.</summary>
    public int? BasedOnId { get; set; }

    /// <summary>Who stored the edition (an account's e-mail, or <c>cli</c>); null for editions stored before this was kept.</summary>
    public string? CreatedBy { get; set; }

    public DateTime? CreatedAt { get; set; }

    public static string HashOf(string yaml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));

    /// <summary>A draft edition with its hash computed from <paramref name="yaml"/>.</summary>
    public static FrameworkEdition Draft(string frameworkId, int edition, string title, string yaml) => new()
    {
        FrameworkId = frameworkId,
        Edition = edition,
        Title = title,
        Yaml = yaml,
        ContentHash = HashOf(yaml),
        Status = EditionStatus.Draft,
    };
}

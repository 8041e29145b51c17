namespace ChiSo.Files;

/// <summary>
/// How much of a workbook ChiSo agrees to open. An .xlsx is a ZIP of XML parts: a 2 MB upload can unpack to
/// gigabytes and tens of millions of cells, and ClosedXML holds every cell in memory. These bounds are checked on
/// the package before ClosedXML sees it (<see cref="WorkbookGuard"/>); the largest shipped framework's unit workbook
/// is far below every one of them.
/// </summary>
public static class WorkbookLimits
{
    /// <summary>The file itself.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>All parts together, unpacked.</summary>
    public const long MaxUnpackedBytes = 100 * 1024 * 1024;

    /// <summary>Parts in the package (sheets, styles, relationships, images…).</summary>
    public const int MaxParts = 1_000;

    /// <summary>Unpacked to packed size of a part larger than <see cref="RatioCheckedFrom"/>; real sheets stay well under it.</summary>
    public const int MaxRatio = 200;

    /// <summary>Parts smaller than this are not ratio-checked: a small repetitive part costs nothing to read.</summary>
    public const long RatioCheckedFrom = 1024 * 1024;

    /// <summary>Highest row number, and rows in one sheet.</summary>
    public const int MaxRows = 100_000;

    /// <summary>Highest column number (column ALL).</summary>
    public const int MaxColumns = 1_000;

    /// <summary>Cells in all sheets together, and entries of the shared string table.</summary>
    public const int MaxCells = 1_000_000;

    /// <summary>XML elements in all parts together: styles and drawings cost memory too.</summary>
    public const int MaxElements = 5_000_000;
}

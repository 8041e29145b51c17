using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChiSo.Files.Documents;

/// <summary>One paragraph of a letter: its text (lines split on '\n'), bold, italic, centred, right-aligned, size in points.</summary>
public sealed record LetterParagraph(string Text, bool Bold = false, bool Italic = false, bool Centred = false, bool Right = false, int Size = 13);

/// <summary>
/// A letter as Vietnamese administrative documents lay it out (Nghị định 30/2020/NĐ-CP, simplified): a heading of two
/// columns (the sender on the left, the national heading on the right), a place and date, the title, the body (paragraphs
/// and tables), and the signature block on the right.
/// </summary>
public sealed record Letter(
    IReadOnlyList<LetterParagraph> Sender,
    IReadOnlyList<LetterParagraph> NationalHeading,
    LetterParagraph PlaceAndDate,
    IReadOnlyList<LetterParagraph> Title,
    IReadOnlyList<object> Body,
    IReadOnlyList<LetterParagraph> Signature);

/// <summary>A table in a letter's body: a header row, then rows; every cell text, numbers already formatted.</summary>
public sealed record LetterTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool>? RightAligned = null);

/// <summary>
/// Writes a <see cref="Letter"/> as a .docx in Times New Roman on A4. The same letter always gives the same bytes: the
/// package's parts are written in a fixed order with one fixed time, so a stored answer's letter can be checked by its hash.
/// </summary>
public static class WordLetter
{
    private static readonly DateTime FixedTime = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static byte[] Write(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var raw = new MemoryStream();
        using (var document = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document))
        {
            // Relationship ids given, not generated: generated ones differ from run to run.
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            var body = new Body();
            body.Append(Heading(letter));
            body.Append(Paragraph(letter.PlaceAndDate));
            foreach (var line in letter.Title)
            {
                body.Append(Paragraph(line));
            }

            foreach (var block in letter.Body)
            {
                body.Append(block switch
                {
                    LetterParagraph paragraph => Paragraph(paragraph),
                    LetterTable table => Table(table),
                    _ => throw new ArgumentException($"A letter's body holds paragraphs and tables, not {block.GetType().Name}.", nameof(letter)),
                });
            }

            foreach (var line in letter.Signature)
            {
                body.Append(Paragraph(line));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "26" }, new Languages { Val = "vi-VN" }))));
        }

        return Normalise(raw.ToArray());
    }

    private static Table Heading(Letter letter)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            Grid(2));
        var row = new TableRow();
        row.Append(Cell(letter.Sender, "2000"), Cell(letter.NationalHeading, "3000"));
        table.Append(row);
        return table;
    }

    private static TableCell Cell(IReadOnlyList<LetterParagraph> lines, string width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Pct }));
        cell.Append(lines.Count == 0 ? [new Paragraph()] : lines.Select(Paragraph));
        return cell;
    }

    private static Table Table(LetterTable data)
    {
        var border = new Func<BorderValues>(() => BorderValues.Single);
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = border(), Size = 4 }, new LeftBorder { Val = border(), Size = 4 }, new BottomBorder { Val = border(), Size = 4 },
                new RightBorder { Val = border(), Size = 4 }, new InsideHorizontalBorder { Val = border(), Size = 4 }, new InsideVerticalBorder { Val = border(), Size = 4 })),
            Grid(data.Header.Count));
        table.Append(Row(data.Header, header: true, data.RightAligned));
        foreach (var row in data.Rows)
        {
            table.Append(Row(row, header: false, data.RightAligned));
        }

        return table;
    }

    /// <summary>The columns of a table (shared equally; Word widens them to the content).</summary>
    private static TableGrid Grid(int columns) =>
        new([.. Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9071 / Math.Max(columns, 1)).ToString(System.Globalization.CultureInfo.InvariantCulture) })]);

    private static TableRow Row(IReadOnlyList<string> cells, bool header, IReadOnlyList<bool>? right)
    {
        var row = new TableRow();
        for (var i = 0; i < cells.Count; i++)
        {
            var alignRight = !header && right is not null && i < right.Count && right[i];
            row.Append(new TableCell(Paragraph(new LetterParagraph(cells[i], Bold: header, Centred: header, Right: alignRight, Size: 12))));
        }

        return row;
    }

    private static Paragraph Paragraph(LetterParagraph line)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "60" });
        if (line.Centred || line.Right)
        {
            properties.Append(new Justification { Val = line.Centred ? JustificationValues.Center : JustificationValues.Right });
        }

        var paragraph = new Paragraph(properties);
        var parts = line.Text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            var run = new Run(RunProperties(line));
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    private static RunProperties RunProperties(LetterParagraph line)
    {
        var properties = new RunProperties();
        if (line.Bold)
        {
            properties.Append(new Bold());
        }

        if (line.Italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = (line.Size * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return properties;
    }

    /// <summary>The same package with every entry's time fixed, in name order, so equal letters give equal bytes.</summary>
    private static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Office writes it; then the parts by name.
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}

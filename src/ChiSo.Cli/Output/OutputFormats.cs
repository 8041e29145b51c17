using ChiSo.Files.Results;

namespace ChiSo.Cli.Output;

internal enum OutputFormat
{
    Table,
    Csv,
    Json,
    Xlsx,
}

/// <summary>Chooses the output format and writes a <see cref="ResultTable"/> to a file or the console.</summary>
internal static class OutputFormats
{
    public static OutputFormat? Resolve(string? format, string? path, CliContext context)
    {
        var chosen = format switch
        {
            "table" => OutputFormat.Table,
            "csv" => OutputFormat.Csv,
            "json" => OutputFormat.Json,
            "xlsx" => OutputFormat.Xlsx,
            _ => path is null ? OutputFormat.Table : FromExtension(path),
        };
        if (chosen == OutputFormat.Xlsx && path is null)
        {
            context.Err.WriteLine(context.T("Định dạng xlsx cần --out TỆP.xlsx.", "The xlsx format needs --out FILE.xlsx."));
            return null;
        }

        if (chosen == OutputFormat.Table && path is not null)
        {
            context.Err.WriteLine(context.T("Định dạng table chỉ in ra màn hình; hãy dùng csv, json hoặc xlsx với --out.", "The table format prints to the console only; use csv, json or xlsx with --out."));
            return null;
        }

        return chosen;
    }

    public static void Emit(ResultTable table, OutputFormat format, string? path, CliContext context, (string Vi, string En)? rows = null)
    {
        if (path is null)
        {
            switch (format)
            {
                case OutputFormat.Table:
                    TableRenderers.WriteText(table, context.Out, context.Language);
                    break;
                case OutputFormat.Csv or OutputFormat.Json:
                    using (var buffer = new MemoryStream())
                    {
                        Write(table, format, buffer);
                        context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                    }

                    break;
                case OutputFormat.Xlsx:
                    throw new InvalidOperationException("xlsx needs a file; Resolve refuses it.");
            }

            return;
        }

        OutputFile.Write(path, stream => Write(table, format, stream));
        context.Out.WriteLine(context.T(
            $"Đã ghi {table.Rows.Count} {rows?.Vi ?? "đơn vị"} vào {path}.",
            $"Wrote {table.Rows.Count} {rows?.En ?? "units"} to {path}."));
    }

    private static void Write(ResultTable table, OutputFormat format, Stream stream)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                TableRenderers.WriteCsv(table, stream);
                break;
            case OutputFormat.Json:
                TableRenderers.WriteJson(table, stream);
                break;
            case OutputFormat.Xlsx:
                ResultsWorkbook.Write(table, stream);
                break;
            case OutputFormat.Table:
                throw new InvalidOperationException("The table format is not written to files.");
        }
    }

    private static OutputFormat FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => OutputFormat.Json,
        ".xlsx" => OutputFormat.Xlsx,
        _ => OutputFormat.Csv,
    };
}

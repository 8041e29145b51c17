namespace ChiSo.Data.Submissions;

/// <summary>
/// The data step of the migration that stores document citations structured (<see cref="Engine.Scoring.Citation"/>):
/// every stored value (and previous value) that holds a "|" was written as a joined line
/// <c>số hiệu | ngày | trích yếu | người ký</c> with a "|" inside a part doubled; it is split exactly as
/// <see cref="Engine.Scoring.Citation.Split"/> reads it and written back as the JSON object. Only citations are ever
/// joined with "|" (option keys, dates, yes/no and file names have none), and text without one reads the same in both
/// forms, so it stays as it is.
/// </summary>
public static class StructuredCitations
{
    public static string Up(DatabaseProvider provider) => string.Join("\n", Statements(provider));

    /// <summary>Back to the joined line, for a rollback.</summary>
    public static string Down(DatabaseProvider provider)
    {
        var sqlite = provider == DatabaseProvider.Sqlite;
        string Part(string column, string key) => sqlite
            ? $"replace(json_extract(\"{column}\", '$.{key}'), '|', '||')"
            : $"replace(\"{column}\"::json->>'{key}', '|', '||')";
        string Back(string column) =>
            $"UPDATE \"InputValues\" SET \"{column}\" = trim({Part(column, "number")} || ' | ' || {Part(column, "date")} || ' | ' || "
            + $"{Part(column, "summary")} || ' | ' || {Part(column, "signer")}) WHERE \"{column}\" LIKE '{{%\"signer\"%}}'"
            + (sqlite ? $" AND json_valid(\"{column}\");" : ";");
        return Back("Text") + "\n" + Back("PreviousText");
    }

    private static IEnumerable<string> Statements(DatabaseProvider provider)
    {
        var sqlite = provider == DatabaseProvider.Sqlite;
        var bar = sqlite ? "char(1)" : "chr(1)"; // stands for a doubled "|" while the line is split
        var find = sqlite ? "instr" : "strpos";
        yield return "CREATE TEMP TABLE citation_split AS "
            + $"SELECT \"Id\" AS id, 0 AS col, replace(\"Text\", '||', {bar}) AS rest, '' AS p0, '' AS p1, '' AS p2 FROM \"InputValues\" WHERE \"Text\" LIKE '%|%' "
            + $"UNION ALL SELECT \"Id\", 1, replace(\"PreviousText\", '||', {bar}), '', '', '' FROM \"InputValues\" WHERE \"PreviousText\" LIKE '%|%';";

        // Each statement takes the next part off the front: every SET reads the row as it was before the statement.
        foreach (var part in new[] { "p0", "p1", "p2" })
        {
            yield return $"UPDATE citation_split SET {part} = CASE WHEN {find}(rest, '|') > 0 THEN substr(rest, 1, {find}(rest, '|') - 1) ELSE rest END, "
                + $"rest = CASE WHEN {find}(rest, '|') > 0 THEN substr(rest, {find}(rest, '|') + 1) ELSE '' END;";
        }

        string Clean(string part) => $"replace(trim({part}), {bar}, '|')";
        var json = (sqlite ? "json_object(" : "json_build_object(")
            + $"'number', {Clean("p0")}, 'date', {Clean("p1")}, 'summary', {Clean("p2")}, 'signer', {Clean("rest")})" + (sqlite ? "" : "::text");
        foreach (var (column, col) in new[] { ("Text", 0), ("PreviousText", 1) })
        {
            yield return $"UPDATE \"InputValues\" SET \"{column}\" = (SELECT {json} FROM citation_split s WHERE s.id = \"InputValues\".\"Id\" AND s.col = {col}) "
                + $"WHERE \"{column}\" LIKE '%|%';";
        }

        yield return "DROP TABLE citation_split;";
    }
}

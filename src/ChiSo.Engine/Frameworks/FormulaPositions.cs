namespace ChiSo.Engine.Frameworks;

/// <summary>Maps a column inside a scoring rule onto the line and column of the file the rule was read from.</summary>
internal static class FormulaPositions
{
    /// <summary>
    /// <paramref name="scoreAt"/> is where the rule's first character is; later lines of a block scalar
    /// (<c>score: |</c>) start at the same column, so the same offset applies to them.
    /// </summary>
    public static SourceSpan Map(SourceSpan scoreAt, string source, int column)
    {
        if (!scoreAt.IsKnown)
        {
            return scoreAt;
        }

        var offset = Math.Clamp(column - 1, 0, source.Length);
        var lineStart = 0;
        var line = scoreAt.Line;
        for (var i = 0; i < offset; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceSpan(line, scoreAt.Column + offset - lineStart);
    }
}

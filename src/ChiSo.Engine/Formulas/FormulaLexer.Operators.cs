namespace ChiSo.Engine.Formulas;

internal sealed partial class FormulaLexer
{
    private Token ReadOperator()
    {
        var start = position;
        var c = source[position];
        var next = position + 1 < source.Length ? source[position + 1] : '\0';
        switch (c)
        {
            case '+': return Single(TokenKind.Plus);
            case '-': return Single(TokenKind.Minus);
            case '*': return Single(TokenKind.Star);
            case '/': return Single(TokenKind.Slash);
            case '(': return Single(TokenKind.OpenParen);
            case ')': return Single(TokenKind.CloseParen);
            case ',': return Single(TokenKind.Comma);
            case '≤': return Single(TokenKind.LessOrEqual);
            case '≥': return Single(TokenKind.GreaterOrEqual);
            case '≠': return Single(TokenKind.NotEqual);
            case '<' when next == '=': return Pair(TokenKind.LessOrEqual);
            case '<' when next == '>': return Mistaken(2, TokenKind.NotEqual, "!=");
            case '<': return Single(TokenKind.Less);
            case '>' when next == '=': return Pair(TokenKind.GreaterOrEqual);
            case '>': return Single(TokenKind.Greater);
            case '=' when next == '=': return Mistaken(2, TokenKind.Equal, "=");
            case '=': return Single(TokenKind.Equal);
            case '!' when next == '=': return Pair(TokenKind.NotEqual);
            case '!': return Mistaken(1, TokenKind.Not, "not");
            case '&': return Mistaken(next == '&' ? 2 : 1, TokenKind.And, "and");
            case '|': return Mistaken(next == '|' ? 2 : 1, TokenKind.Or, "or");
            default:
                break;
        }

        // A character outside the basic plane (an emoji) is two UTF-16 units: report it once.
        var length = char.IsHighSurrogate(c) && char.IsLowSurrogate(next) ? 2 : 1;
        position += length;
        var text = source.Substring(start, length);
        Report(start, length, FormulaMessages.InvalidCharacter(text));
        return new Token(TokenKind.Invalid, new FormulaSpan(start, length), text);
    }

    private Token Single(TokenKind kind)
    {
        position++;
        return new Token(kind, new FormulaSpan(position - 1, 1), source.Substring(position - 1, 1));
    }

    private Token Pair(TokenKind kind)
    {
        position += 2;
        return new Token(kind, new FormulaSpan(position - 2, 2), source.Substring(position - 2, 2));
    }

    // Operators from other languages (==, &&, !) are reported with the right spelling and read as meant,
    // so one slip does not turn into a cascade of parse errors.
    private Token Mistaken(int length, TokenKind kind, string correct)
    {
        var text = source.Substring(position, length);
        Report(position, length, FormulaMessages.UseOperator(text, correct));
        position += length;
        return new Token(kind, new FormulaSpan(position - length, length), text);
    }
}

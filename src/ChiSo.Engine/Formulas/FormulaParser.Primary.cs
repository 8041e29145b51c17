namespace ChiSo.Engine.Formulas;

public sealed partial class FormulaParser
{
    private FormulaSyntax ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                position++;
                return new NumberSyntax(token.Value, token.Span);
            case TokenKind.True or TokenKind.False:
                position++;
                return new BooleanSyntax(token.Kind == TokenKind.True, token.Span);
            case TokenKind.Date:
                position++;
                return new DateSyntax(DateOnly.FromDayNumber((int)token.Value), token.Span);
            case TokenKind.Identifier:
                position++;
                return Current.Kind == TokenKind.OpenParen ? Nested(() => ParseCall(token)) : new NameSyntax(token.Text, token.Span);
            case TokenKind.Invalid:
                position++;
                return new ErrorSyntax(token.Span);
            case TokenKind.OpenParen:
                return Nested(ParseParenthesised);
            case TokenKind.End:
                Error(token.Span, FormulaMessages.UnexpectedEnd());
                return new ErrorSyntax(token.Span);
            default:
                Error(token.Span, FormulaMessages.ExpectedValue(token.Text));

                // Only `not` is skipped: ')' and ',' are left for the enclosing call or bracket to resynchronise on,
                // and a binary operator for its own loop, so `a + * b` is one missing operand, not two errors.
                if (token.Kind == TokenKind.Not)
                {
                    position++;
                }

                return new ErrorSyntax(token.Span);
        }
    }

    private FormulaSyntax ParseParenthesised()
    {
        var open = Current.Span;
        position++;
        var inner = ParseOr();
        var close = ExpectClose(open);
        return inner is ErrorSyntax ? new ErrorSyntax(FormulaSpan.Cover(open, close)) : inner;
    }

    private FormulaSyntax ParseCall(Token name)
    {
        var open = Current.Span;
        position++;
        var isChoose = name.Text == "choose";
        var arguments = new List<FormulaSyntax>();
        var arms = new List<ChooseArm>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            while (true)
            {
                if (isChoose && arguments.Count == 1)
                {
                    arms.Add(ParseArm());
                }
                else
                {
                    arguments.Add(ParseOr());
                }

                if (Current.Kind == TokenKind.Comma)
                {
                    position++;
                    continue;
                }

                if (Current.Kind is TokenKind.CloseParen or TokenKind.End)
                {
                    break;
                }

                // The skipped text stands as one more (erroneous) argument, so the argument count is not reported too.
                var skippedFrom = Current.Span;
                Error(Current.Span, FormulaMessages.ExpectedCommaOrClose(Current.Text));
                SkipArgument();
                arguments.Add(new ErrorSyntax(FormulaSpan.Cover(skippedFrom, tokens[position - 1].Span)));
                if (Current.Kind != TokenKind.Comma)
                {
                    break;
                }

                position++;
            }
        }

        var close = ExpectClose(open);
        var span = FormulaSpan.Cover(name.Span, close);
        if (!isChoose)
        {
            return new CallSyntax(name.Text, [.. arguments], name.Span, span);
        }

        var subject = arguments.Count > 0 ? arguments[0] : new ErrorSyntax(span);
        if (arguments.Count == 0)
        {
            Error(span, FormulaMessages.ChooseNeedsSubject());
        }

        return new ChooseSyntax(subject, [.. arms], name.Span, span);
    }

    private ChooseArm ParseArm()
    {
        var key = Current;
        if (key.Kind == TokenKind.Identifier && tokens[position + 1].Kind == TokenKind.Equal)
        {
            position += 2;
            return new ChooseArm(key.Text, key.Span, ParseOr());
        }

        Error(key.Span, FormulaMessages.ExpectedArm(key.Text));
        var value = ParseOr();
        return new ChooseArm("", key.Span, value);
    }

    // Skips to the ',' or ')' that ends the current argument, stepping over nested brackets.
    private void SkipArgument()
    {
        var open = 0;
        while (Current.Kind != TokenKind.End)
        {
            if (open == 0 && Current.Kind is TokenKind.Comma or TokenKind.CloseParen)
            {
                return;
            }

            open += Current.Kind switch
            {
                TokenKind.OpenParen => 1,
                TokenKind.CloseParen => -1,
                _ => 0,
            };
            position++;
        }
    }

    // Returns the span of the ')' (or of the end, where it is missing).
    private FormulaSpan ExpectClose(FormulaSpan open)
    {
        var token = Current;
        if (token.Kind == TokenKind.CloseParen)
        {
            position++;
            return token.Span;
        }

        Error(token.Kind == TokenKind.End ? open : token.Span, FormulaMessages.MissingClose(open.Column));
        // At the end of the text the end token is empty: stop the enclosing span at the last character.
        return token.Span.Length > 0 ? token.Span : new FormulaSpan(Math.Max(0, token.Span.Start - 1), 1);
    }
}

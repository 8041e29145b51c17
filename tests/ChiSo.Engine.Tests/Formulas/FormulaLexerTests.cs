using ChiSo.Engine.Formulas;

namespace ChiSo.Engine.Tests.Formulas;

public class FormulaLexerTests
{
    [Fact]
    public void Tokenize_MixedText_GivesKindsAndSpans()
    {
        var diagnostics = new List<FormulaDiagnostic>();

        var tokens = FormulaLexer.Tokenize("max*ratio(a,0.8)>=1 and not x", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(
            [TokenKind.Identifier, TokenKind.Star, TokenKind.Identifier, TokenKind.OpenParen, TokenKind.Identifier, TokenKind.Comma,
             TokenKind.Number, TokenKind.CloseParen, TokenKind.GreaterOrEqual, TokenKind.Number, TokenKind.And, TokenKind.Not,
             TokenKind.Identifier, TokenKind.End],
            tokens.Select(t => t.Kind));
        Assert.Equal(0.8, tokens[6].Value);
        Assert.Equal(new FormulaSpan(16, 2), tokens[8].Span);
        Assert.Equal(new FormulaSpan(29, 0), tokens[^1].Span);
    }

    [Fact]
    public void Tokenize_DateLiteral_IsOneTokenWithTheDayNumber()
    {
        var tokens = FormulaLexer.Tokenize("date( 2024-12-31 )", []);

        Assert.Equal(TokenKind.Date, tokens[0].Kind);
        Assert.Equal(new DateOnly(2024, 12, 31).DayNumber, tokens[0].Value);
        Assert.Equal(new FormulaSpan(0, 18), tokens[0].Span);
    }

    [Fact]
    public void Tokenize_DecomposedVietnamese_IsOneIdentifierInFormC()
    {
        var decomposed = "điểm_số".Normalize(System.Text.NormalizationForm.FormD);

        var tokens = FormulaLexer.Tokenize(decomposed, []);

        Assert.Equal(TokenKind.Identifier, tokens[0].Kind);
        Assert.Equal("điểm_số", tokens[0].Text);
        Assert.Equal(decomposed.Length, tokens[0].Span.Length);
    }

    [Theory]
    [InlineData("==", "Equal")]
    [InlineData("&&", "And")]
    [InlineData("||", "Or")]
    [InlineData("!", "Not")]
    [InlineData("<>", "NotEqual")]
    public void Tokenize_OperatorFromAnotherLanguage_IsReportedAndReadAsMeant(string text, string kindName)
    {
        var kind = Enum.Parse<TokenKind>(kindName);
        var diagnostics = new List<FormulaDiagnostic>();

        var tokens = FormulaLexer.Tokenize(text, diagnostics);

        Assert.Equal(kind, tokens[0].Kind);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Tokenize_BadCharacters_ReportsEachAndKeepsGoing()
    {
        var diagnostics = new List<FormulaDiagnostic>();

        var tokens = FormulaLexer.Tokenize("a # b ^ c", diagnostics);

        Assert.Equal([3, 7], diagnostics.Select(d => d.Column));
        Assert.Equal(3, tokens.Count(t => t.Kind == TokenKind.Identifier));
    }
}

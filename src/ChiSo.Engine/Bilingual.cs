namespace ChiSo.Engine;

/// <summary>
/// A sentence shown to people, in Vietnamese (first) and English: the one shape of user-facing text across the
/// engine, the file readers, storage and both hosts.
/// </summary>
/// <param name="Vi">Vietnamese, with diacritics; numbers as 541,46, dates as dd/MM/yyyy.</param>
/// <param name="En">English.</param>
public readonly record struct Bilingual(string Vi, string En)
{
    /// <summary>The sentence in the chosen language.</summary>
    public string In(Language language) => language == Language.En ? En : Vi;

    /// <summary>A (Vi, En) pair written as a tuple literal.</summary>
    public static implicit operator Bilingual((string Vi, string En) text) => new(text.Vi, text.En);

    /// <summary>The same text in both languages (a name that has no translation).</summary>
    public static Bilingual Same(string text) => new(text, text);
}

namespace ChiSo.Engine.Scoring;

/// <summary>
/// An input value as it is stored: numbers in <see cref="Number"/>; yes/no ("có"/"không"), choices (the option key),
/// dates (dd/MM/yyyy), document citations (<see cref="Citation"/>) and file references in <see cref="Text"/>.
/// Both null is no value.
/// </summary>
/// <param name="Number">The value of a number, percentage or integer input.</param>
/// <param name="Text">The value of any other input, in the form <see cref="InputCodec"/> writes.</param>
public readonly record struct StoredValue(double? Number, string? Text)
{
    /// <summary>True when nothing is stored.</summary>
    public bool IsEmpty => Number is null && Text is null;
}

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChiSo.Data;

/// <summary>Stores DateTime as UTC and reads it back as UTC; a value of unspecified kind is taken to be UTC already.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

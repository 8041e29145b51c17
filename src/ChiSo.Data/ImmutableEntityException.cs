namespace ChiSo.Data;

/// <summary>
/// Thrown by <see cref="ChiSoDbContext"/> when a save would change or delete a record that must never change
/// (a published framework edition, a result snapshot, an audit event). This is a programming error, not user input:
/// the caller should have made a new edition or snapshot instead.
/// </summary>
public sealed class ImmutableEntityException : InvalidOperationException
{
    public ImmutableEntityException()
    {
    }

    public ImmutableEntityException(string message)
        : base(message)
    {
    }

    public ImmutableEntityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImmutableEntityException(string entityType, object? key)
        : base($"{entityType} {key} không được sửa hoặc xoá / must not be modified or deleted.")
    {
        EntityType = entityType;
        Key = key;
    }

    public string? EntityType { get; }

    public object? Key { get; }
}

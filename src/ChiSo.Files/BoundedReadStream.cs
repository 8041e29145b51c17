namespace ChiSo.Files;

/// <summary>
/// A read-only view of a stream that stops at a budget: reading past it throws, so a part that lies about its size
/// in the ZIP directory is still stopped once it has unpacked as much as the budget allows.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long budget) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        BytesRead += read;
        if (BytesRead > budget)
        {
            throw new BudgetExceededException();
        }

        return read;
    }
}

/// <summary>Thrown by <see cref="BoundedReadStream"/> when its budget is spent.</summary>
internal sealed class BudgetExceededException : Exception
{
    public BudgetExceededException()
        : base("The read budget is spent.")
    {
    }

    public BudgetExceededException(string message)
        : base(message)
    {
    }

    public BudgetExceededException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

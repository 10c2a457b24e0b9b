using Acme.Orders;
using Acme.Orders.Payments;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddScoped<IOrderRepository, SqlOrderRepository>();
builder.Services.AddHttpClient<StripeClient>();

var app = builder.Build();
app.MapControllers();
app.Run();

using Acme.Orders.Payments;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Orders.Controllers;

[ApiController]
[Route("api/checkout")]
public class CheckoutController(IOrderRepository orders, IPaymentGateway payments) : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Post(CheckoutRequest request) =>
        Ok(await payments.ChargeAsync(await orders.CreateAsync(request)));
}

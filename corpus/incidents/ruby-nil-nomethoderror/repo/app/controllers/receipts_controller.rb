class ReceiptsController < ApplicationController
  def show
    order = Order.find(params[:id])
    buyer = order.buyer
    render json: {
      id: order.id,
      email: buyer.email,
      total: order.total_cents
    }
  end
end

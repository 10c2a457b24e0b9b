class TransferService
  def initialize(from_id:, to_id:, cents:)
    @from_id = from_id
    @to_id = to_id
    @cents = cents
  end

  def call
    Wallet.transaction do
      from = Wallet.lock.find(@from_id)
      to = Wallet.lock.find(@to_id)
      from.update!(balance_cents: from.balance_cents - @cents)
      to.update!(balance_cents: to.balance_cents + @cents)
      Transfer.create!(from_wallet: from, to_wallet: to, cents: @cents)
    end
  end
end

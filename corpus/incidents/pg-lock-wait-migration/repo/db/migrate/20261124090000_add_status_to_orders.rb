class AddStatusToOrders < ActiveRecord::Migration[7.2]
  def change
    add_column :orders, :fulfilment_status, :string, null: false, default: "pending"
    add_index :orders, :fulfilment_status
  end
end
